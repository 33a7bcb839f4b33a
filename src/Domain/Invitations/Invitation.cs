using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Invitations;

/// <summary>
/// A survey invitation and where it stands. Its <see cref="Id"/> is also the id of the survey response it starts,
/// which is how a response is tied back to its invitation (response rate) and how a repeated delivery is recognised.
/// </summary>
/// <param name="Step">What is due next: <see cref="InvitationSteps.Invite"/> or <see cref="InvitationSteps.Reminder"/>.</param>
/// <param name="DueAt">When the step is due; null when nothing is left to do.</param>
public sealed record Invitation(
    Guid Id,
    Guid ServiceEventId,
    string CustomerId,
    string SurveyId,
    string Channel,
    ConversationRef? Conversation,
    string? Contact,
    string Locale,
    string TimeZone,
    string Status,
    string Step,
    DateTimeOffset? DueAt,
    int Attempts,
    string? Delivery,
    string? SkipReason,
    DateTimeOffset? SentAt,
    DateTimeOffset? RemindedAt,
    DateTimeOffset? LinkUsedAt,
    DateTimeOffset CreatedAt);
