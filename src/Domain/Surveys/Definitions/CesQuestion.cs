namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>Customer Effort Score 1–7: how easy it was to get the problem handled (7 = very easy).</summary>
public sealed class CesQuestion : ScaleQuestion
{
    public override int Min => 1;

    public override int Max => 7;

    public override QuestionKind Kind => QuestionKind.Ces;

    protected override int TypicalSeconds => 8;
}
