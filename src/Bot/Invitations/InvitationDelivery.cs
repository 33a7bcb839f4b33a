using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>Proactively in the customer's conversation when there is one, else a personal survey link to the customer's contact.</summary>
public sealed class InvitationDelivery(ProactiveInvitationDelivery proactive, SurveyLinkDelivery links) : IInvitationDelivery
{
    public async Task<string?> DeliverAsync(Invitation invitation, bool reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        // A reminder goes the way the invitation went.
        var tryProactive = invitation.Conversation is not null && (!reminder || invitation.Delivery != InvitationDeliveries.Link);
        if (tryProactive && await proactive.SendAsync(invitation, reminder, now, cancellationToken).ConfigureAwait(false))
        {
            return InvitationDeliveries.Proactive;
        }

        return await links.SendAsync(invitation, reminder, now, cancellationToken).ConfigureAwait(false) ? InvitationDeliveries.Link : null;
    }
}
