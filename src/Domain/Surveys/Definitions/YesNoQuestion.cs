namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>A yes / no question; the answer is a boolean.</summary>
public sealed class YesNoQuestion : Question
{
    public override QuestionKind Kind => QuestionKind.YesNo;

    protected override int TypicalSeconds => 5;
}
