namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>What single and multiple choice questions share: their options.</summary>
public abstract class ChoiceQuestion : Question
{
    public required IReadOnlyList<QuestionOption> Options { get; init; }

    /// <summary>The option with <paramref name="optionId"/>, or null.</summary>
    public QuestionOption? FindOption(string optionId) =>
        Options.FirstOrDefault(o => string.Equals(o.Id, optionId, StringComparison.Ordinal));
}
