using System.Collections.Concurrent;
using AfterSalesBot.Bot.Invitations;
using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>Records every delivery (invitation id, reminder?, time); <see cref="Fail"/> makes deliveries throw.</summary>
public sealed class RecordingDelivery : IInvitationDelivery
{
    public ConcurrentQueue<(Guid Id, bool Reminder, DateTimeOffset At)> Delivered { get; } = new();

    public bool Fail { get; set; }

    public Task<string?> DeliverAsync(Invitation invitation, bool reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new HttpRequestException("gateway down");
        }

        Delivered.Enqueue((invitation.Id, reminder, now));
        return Task.FromResult<string?>(InvitationDeliveries.Link);
    }

    public int Count(Guid id, bool reminder) => Delivered.Count(d => d.Id == id && d.Reminder == reminder);
}
