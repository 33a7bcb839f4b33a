namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>Pick one or more options in one message ("1 and 3", "价格和物流"); the answer is the option ids.</summary>
public sealed class MultipleChoiceQuestion : ChoiceQuestion
{
    public int MinSelections { get; init; } = 1;

    /// <summary>Null: as many as there are options.</summary>
    public int? MaxSelections { get; init; }

    public override QuestionKind Kind => QuestionKind.MultipleChoice;

    protected override int TypicalSeconds => 12;
}
