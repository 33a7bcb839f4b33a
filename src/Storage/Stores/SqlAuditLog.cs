using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>The audit log of access to personal data, in the <c>audit_log</c> table (append-only).</summary>
public sealed class SqlAuditLog(SqlDialect dialect) : IAuditLog
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log (at, actor, role, action, subject, detail) VALUES (@at, @actor, @role, @action, @subject, @detail)",
            new { at = dialect.Timestamp(entry.At), actor = entry.Actor, role = entry.Role, action = entry.Action, subject = entry.Subject, detail = entry.Detail },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<AuditEntry>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT at, actor, role, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT @limit",
            new { limit = Math.Clamp(limit, 1, 10_000) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new AuditEntry(
                reader.GetFieldValue<DateTimeOffset>(0).ToUniversalTime(),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return result;
    }
}
