namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>A short free answer such as a product name or a staff member's name.</summary>
public sealed class ShortTextQuestion : TextQuestion
{
    public override int MaxLength { get; init; } = 100;

    public override QuestionKind Kind => QuestionKind.ShortText;

    protected override int TypicalSeconds => 15;
}
