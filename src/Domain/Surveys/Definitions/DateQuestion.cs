namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>A date such as the purchase or service date ("上周二", "May 1st", "2024-05-01").</summary>
public sealed class DateQuestion : Question
{
    /// <summary>When true (the default) a date after today is not accepted.</summary>
    public bool NotInFuture { get; init; } = true;

    public override QuestionKind Kind => QuestionKind.Date;

    protected override int TypicalSeconds => 12;
}
