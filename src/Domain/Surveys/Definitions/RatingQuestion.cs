namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>A 1–5 satisfaction rating (CSAT): 1 = very dissatisfied … 5 = very satisfied.</summary>
public sealed class RatingQuestion : ScaleQuestion
{
    public override int Min => 1;

    public override int Max => 5;

    public override QuestionKind Kind => QuestionKind.Rating;
}
