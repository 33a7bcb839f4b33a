namespace AfterSalesBot.Bot.Invitations;

/// <summary>Body of POST /api/service-events: a completed order, repair or ticket (the CSV import's columns, camelCase).</summary>
public sealed record ServiceEventRequest(
    string? EventId,
    string? CustomerId,
    string? CustomerType,
    string? Product,
    string? StaffId,
    string? Team,
    string? ServiceStage,
    string? Channel,
    string? ContactRoute,
    string? Contact,
    string? CompletedAt,
    int? FirstResponseSeconds,
    bool? ResolvedFirstContact,
    string? Conversation,
    string? TimeZone,
    string? Locale,
    string? SurveyId);
