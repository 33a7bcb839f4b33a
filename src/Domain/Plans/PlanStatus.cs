namespace AfterSalesBot.Domain.Plans;

/// <summary>Plan statuses (domain.md §4), stored as text.</summary>
public static class PlanStatus
{
    public const string NotStarted = "not_started";
    public const string InProgress = "in_progress";
    public const string Done = "done";
    public const string Verified = "verified";
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> All = [NotStarted, InProgress, Done, Verified, Failed];

    /// <summary>Statuses an owner sets by hand; verified / failed come from the before/after check.</summary>
    public static readonly IReadOnlyList<string> Manual = [NotStarted, InProgress, Done];
}
