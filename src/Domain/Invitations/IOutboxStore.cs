namespace AfterSalesBot.Domain.Invitations;

/// <summary>Messages waiting for an SMS / e-mail gateway; a key is stored once.</summary>
public interface IOutboxStore
{
    /// <summary>Stores the message; false when its key was stored before.</summary>
    Task<bool> EnqueueAsync(OutboundMessage message, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Messages not yet dispatched, oldest first.</summary>
    Task<IReadOnlyList<OutboundMessage>> PendingAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Marks a message handed to the gateway.</summary>
    Task MarkDispatchedAsync(string key, DateTimeOffset at, CancellationToken cancellationToken);
}
