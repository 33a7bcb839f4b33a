namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>One option of a choice question: the id stored as the answer, its label, and extra words that mean it.</summary>
public sealed class QuestionOption
{
    public required string Id { get; init; }

    public required LocalizedText Label { get; init; }

    /// <summary>Other ways customers say this option, by language (e.g. "个人" for "个人客户").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Synonyms { get; init; }
}
