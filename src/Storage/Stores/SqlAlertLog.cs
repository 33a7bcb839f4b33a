using AfterSalesBot.Domain.Alerts;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>The loop_alerts table: the key's primary key makes a second raise a no-op.</summary>
public sealed class SqlAlertLog(SqlDialect dialect) : IAlertLog
{
    public async Task<bool> TryRaiseAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO loop_alerts (alert_key, kind, message, raised_at) VALUES (@key, @kind, @message, @at) ON CONFLICT (alert_key) DO NOTHING",
            new { key = alert.Key, kind = alert.Kind, message = alert.Message, at = dialect.Timestamp(alert.RaisedAt) },
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }
}
