namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>An open comment (at most 200 characters by default), stored verbatim and handed to text analysis.</summary>
public sealed class OpenTextQuestion : TextQuestion
{
    public override int MaxLength { get; init; } = 200;

    public override QuestionKind Kind => QuestionKind.OpenText;

    protected override int TypicalSeconds => 45;
}
