namespace AfterSalesBot.Domain.ServiceEvents;

/// <summary>
/// A service event as text, the way a CSV row or an API body brings it; <see cref="ServiceEventParser"/> checks it.
/// Column names in files are the snake_case forms of these properties.
/// </summary>
public sealed record ServiceEventFields
{
    public string? EventId { get; init; }

    public string? CustomerId { get; init; }

    public string? CustomerType { get; init; }

    public string? Product { get; init; }

    public string? StaffId { get; init; }

    public string? Team { get; init; }

    public string? ServiceStage { get; init; }

    public string? Channel { get; init; }

    public string? ContactRoute { get; init; }

    public string? Contact { get; init; }

    public string? CompletedAt { get; init; }

    public string? FirstResponseSeconds { get; init; }

    public string? ResolvedFirstContact { get; init; }

    /// <summary>"channelId:conversationId", e.g. "directline:8Kx…" or "msteams:19:abc…".</summary>
    public string? Conversation { get; init; }

    public string? TimeZone { get; init; }

    public string? Locale { get; init; }

    public string? SurveyId { get; init; }
}
