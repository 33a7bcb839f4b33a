using AfterSalesBot.Domain.ServiceEvents;

namespace AfterSalesBot.Domain.Invitations;

/// <summary>
/// When and where a completed service's invitation goes. Quiet hours, opt-out, quarantine and churn flags are
/// checked again when the invitation is due (they may change in the meantime), so planning only picks the time.
/// </summary>
public sealed class InvitationPlanner(InvitationPolicy policy)
{
    public NewInvitation Plan(ServiceEvent serviceEvent, Guid invitationId)
    {
        ArgumentNullException.ThrowIfNull(serviceEvent);
        var immediate = policy.ImmediateChannels.Contains(serviceEvent.Channel, StringComparer.OrdinalIgnoreCase);
        return new NewInvitation(
            invitationId,
            serviceEvent.CustomerId,
            serviceEvent.SurveyId ?? policy.DefaultSurveyId,
            serviceEvent.Channel,
            serviceEvent.Conversation,
            serviceEvent.Contact,
            serviceEvent.Locale ?? policy.DefaultLocale,
            serviceEvent.TimeZone ?? policy.DefaultTimeZone,
            immediate ? serviceEvent.CompletedAt : serviceEvent.CompletedAt + policy.Delay);
    }
}
