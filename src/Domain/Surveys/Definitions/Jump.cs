namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>After a question is answered: when <see cref="When"/> holds (or always, when it is absent), continue at <see cref="To"/>.</summary>
public sealed class Jump
{
    /// <summary>The target that ends the survey.</summary>
    public const string End = "end";

    public Condition? When { get; init; }

    /// <summary>A later question's id, or <see cref="End"/>.</summary>
    public required string To { get; init; }
}
