namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>"How likely are you to recommend us?" 0–10 (Net Promoter Score).</summary>
public sealed class NpsQuestion : ScaleQuestion
{
    public override int Min => 0;

    public override int Max => 10;

    public override QuestionKind Kind => QuestionKind.Nps;

    protected override int TypicalSeconds => 8;
}
