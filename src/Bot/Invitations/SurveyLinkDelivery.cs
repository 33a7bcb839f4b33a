using AfterSalesBot.Domain.Invitations;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>
/// Sends a personal, signed, expiring, single-use survey link through the <see cref="IOutboundSender"/>, keyed by
/// invitation and step so a repeated delivery is one message.
/// </summary>
public sealed class SurveyLinkDelivery(SurveyLinkSigner signer, IOutboundSender sender, IOptions<InvitationOptions> options)
{
    /// <summary>False when the invitation has no contact to send to.</summary>
    public async Task<bool> SendAsync(Invitation invitation, bool reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        if (string.IsNullOrWhiteSpace(invitation.Contact))
        {
            return false;
        }

        var link = LinkFor(invitation.Id, now);
        var body = reminder ? InvitationTexts.LinkReminder(invitation.Locale, link) : InvitationTexts.LinkInvite(invitation.Locale, link);
        await sender.SendAsync(
            new OutboundMessage($"{invitation.Id:N}:{(reminder ? InvitationSteps.Reminder : InvitationSteps.Invite)}", invitation.CustomerId, invitation.Channel, invitation.Contact, invitation.Locale, body, link),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The link that opens the web chat with this invitation's survey.</summary>
    public string LinkFor(Guid invitationId, DateTimeOffset now) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}/?invitation={signer.Create(invitationId, now + options.Value.LinkLifetime)}";
}
