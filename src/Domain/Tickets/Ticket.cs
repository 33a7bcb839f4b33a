namespace AfterSalesBot.Domain.Tickets;

/// <summary>
/// A complaint ticket. Immutable: every change goes through <see cref="TicketWorkflow"/>, which returns the next
/// state with the history entries that explain it; <see cref="Version"/> guards against lost updates.
/// Deadlines run from <see cref="ResponseClockFrom"/> / <see cref="ResolutionClockFrom"/> (opening, or the last escalation).
/// </summary>
public sealed record Ticket
{
    public required string Number { get; init; }

    public long Version { get; init; }

    /// <summary>Pseudonymous customer id (e.g. C20240115-0001), never a name.</summary>
    public required string CustomerId { get; init; }

    /// <summary>The conversation the complaint was filed in, when it came from chat.</summary>
    public string? ConversationId { get; init; }

    public required string Channel { get; init; }

    public string? Locale { get; init; }

    public string? Product { get; init; }

    public DateOnly? PurchaseDate { get; init; }

    /// <summary>The customer's words, verbatim.</summary>
    public required string Description { get; init; }

    public required string Category { get; init; }

    public required string Demand { get; init; }

    public string? Emotion { get; init; }

    /// <summary>Only the tail of a call-back number (e.g. "1234"), never the full number.</summary>
    public string? ContactTail { get; init; }

    /// <summary>The idempotency key of the intake that opened it (a chat intake's id), or null.</summary>
    public string? IntakeKey { get; init; }

    public required TicketGrade Grade { get; init; }

    public required string Department { get; init; }

    public IReadOnlyList<string> SupportingDepartments { get; init; } = [];

    /// <summary>Staff id of the person who owns the ticket.</summary>
    public required string Owner { get; init; }

    public TicketStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset ResponseClockFrom { get; init; }

    public DateTimeOffset ResponseDueAt { get; init; }

    public DateTimeOffset ResolutionClockFrom { get; init; }

    public DateTimeOffset ResolutionDueAt { get; init; }

    /// <summary>When the ticket was first acknowledged (the first response); null while new.</summary>
    public DateTimeOffset? RespondedAt { get; init; }

    /// <summary>The latest resolution; null until resolved, kept when reopened only until the next resolution.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>When the follow-up should check that the resolution held (resolution + the rules' follow-up days).</summary>
    public DateTimeOffset? FollowUpDueAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public CustomerConfirmation? Confirmation { get; init; }

    public IReadOnlyList<HandlingRecord> Records { get; init; } = [];

    public IReadOnlyList<TicketHistoryEntry> History { get; init; } = [];

    /// <summary>Whether the first-response deadline is still running (nobody has acknowledged the ticket yet).</summary>
    public bool AwaitsResponse => Status == TicketStatus.New;

    /// <summary>Whether the solution deadline is still running (the ticket is open).</summary>
    public bool AwaitsResolution => TicketStatusMachine.IsOpen(Status);

    /// <summary>The deadline that comes next for this ticket, or null when no deadline runs.</summary>
    public DateTimeOffset? NextDeadline =>
        AwaitsResponse ? (ResponseDueAt < ResolutionDueAt ? ResponseDueAt : ResolutionDueAt)
        : AwaitsResolution ? ResolutionDueAt
        : null;
}
