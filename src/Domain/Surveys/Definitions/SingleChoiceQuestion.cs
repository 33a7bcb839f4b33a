namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>Pick one option; the answer is the option id.</summary>
public sealed class SingleChoiceQuestion : ChoiceQuestion
{
    public override QuestionKind Kind => QuestionKind.SingleChoice;

    protected override int TypicalSeconds => 8;
}
