using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>Starting a survey because the customer was invited (proactively or through a survey link), not because they wrote.</summary>
/// <param name="State">The conversation's state as loaded (null: none yet).</param>
/// <param name="ResponseId">The response id to use: the invitation's id, so the response is tied to its invitation and a repeat is recognised.</param>
/// <param name="CustomerId">The pseudonymous customer id, stored with the response.</param>
/// <param name="Lead">The invitation text said above the first question.</param>
public sealed record SurveyInvitationStart(
    ConversationState? State,
    ConversationRef Conversation,
    Guid ResponseId,
    string SurveyId,
    string? CustomerId,
    string Locale,
    string Lead,
    DateTimeOffset Now);
