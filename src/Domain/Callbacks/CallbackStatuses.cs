namespace AfterSalesBot.Domain.Callbacks;

/// <summary>Where a call-back task stands: open until a person records how the call went.</summary>
public static class CallbackStatuses
{
    public const string Open = "open";

    /// <summary>The customer was reached and the outcome recorded.</summary>
    public const string Done = "done";

    /// <summary>Tried and failed (not reachable, refused); the outcome says which.</summary>
    public const string Failed = "failed";

    /// <summary>No longer needed (e.g. the customer was helped another way).</summary>
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> Closed { get; } = [Done, Failed, Cancelled];
}
