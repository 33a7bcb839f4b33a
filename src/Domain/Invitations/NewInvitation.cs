using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Invitations;

/// <summary>An invitation to schedule for a service event (see <see cref="InvitationPlanner"/>).</summary>
public sealed record NewInvitation(
    Guid Id,
    string CustomerId,
    string SurveyId,
    string Channel,
    ConversationRef? Conversation,
    string? Contact,
    string Locale,
    string TimeZone,
    DateTimeOffset DueAt);
