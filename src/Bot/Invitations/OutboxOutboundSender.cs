using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>Stores outbound messages in the outbox table for an SMS / e-mail gateway to pick up (Invitations:Sender = outbox).</summary>
public sealed class OutboxOutboundSender(IOutboxStore outbox, TimeProvider time) : IOutboundSender
{
    public Task SendAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(message, time.GetUtcNow(), cancellationToken);
}
