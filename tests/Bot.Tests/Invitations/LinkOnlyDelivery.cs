using AfterSalesBot.Bot.Invitations;
using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>The real link delivery, counting its calls.</summary>
public sealed class LinkOnlyDelivery(SurveyLinkDelivery links) : IInvitationDelivery
{
    private int _calls;

    public int Calls => _calls;

    public async Task<string?> DeliverAsync(Invitation invitation, bool reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return await links.SendAsync(invitation, reminder, now, cancellationToken) ? InvitationDeliveries.Link : null;
    }
}
