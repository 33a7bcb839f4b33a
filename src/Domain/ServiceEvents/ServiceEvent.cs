using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.ServiceEvents;

/// <summary>
/// A completed order, repair or ticket: what triggers a survey invitation, and the source of the monthly table's
/// response-time and one-contact-resolution columns.
/// </summary>
/// <param name="SourceKey">The caller's event id, or "row:" + a hash of the fields; the same key is never stored twice.</param>
/// <param name="Conversation">The customer's conversation, when one exists: the invitation goes there proactively.</param>
/// <param name="ContactRoute">How a survey link reaches the customer when there is no conversation (sms, email, wechat…).</param>
/// <param name="Contact">The address for <paramref name="ContactRoute"/>, handed to the outbound sender.</param>
/// <param name="TimeZone">IANA time zone of the customer, for quiet hours.</param>
public sealed record ServiceEvent(
    Guid Id,
    string SourceKey,
    string CustomerId,
    string? CustomerType,
    string? Product,
    string? StaffId,
    string? Team,
    string ServiceStage,
    string Channel,
    string? ContactRoute,
    string? Contact,
    DateTimeOffset CompletedAt,
    int? FirstResponseSeconds,
    bool? ResolvedFirstContact,
    ConversationRef? Conversation,
    string? TimeZone,
    string? Locale,
    string? SurveyId);
