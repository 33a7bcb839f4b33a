using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>The outbound_messages table: the unique message key makes a repeated send a no-op.</summary>
public sealed class SqlOutboxStore(SqlDialect dialect) : IOutboxStore
{
    public async Task<bool> EnqueueAsync(OutboundMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO outbound_messages (message_key, customer_id, contact, locale, body, link, created_at)
            VALUES (@key, @customerId, @contact, @locale, @body, @link, @now)
            ON CONFLICT (message_key) DO NOTHING
            """,
            new { key = message.Key, customerId = message.CustomerId, contact = message.Contact, locale = message.Locale, body = message.Body, link = message.Link, now = dialect.Timestamp(now) },
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<OutboundMessage>> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Key, string CustomerId, string? Contact, string Locale, string Body, string? Link)>(new CommandDefinition(
            "SELECT message_key, customer_id, contact, locale, body, link FROM outbound_messages WHERE dispatched_at IS NULL ORDER BY id LIMIT @limit",
            new { limit },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new OutboundMessage(r.Key, r.CustomerId, null, r.Contact, r.Locale, r.Body, r.Link))];
    }

    public async Task MarkDispatchedAsync(string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbound_messages SET dispatched_at = @at WHERE message_key = @key AND dispatched_at IS NULL",
            new { key, at = dialect.Timestamp(at) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
