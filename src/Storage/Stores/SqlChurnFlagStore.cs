using System.Text.Json;
using AfterSalesBot.Domain.Retention;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Churn flags, one row per customer (reasons as a JSON array).</summary>
public sealed class SqlChurnFlagStore(SqlDialect dialect) : IChurnFlagStore
{
    public async Task FlagAsync(string customerId, IReadOnlyList<string> reasons, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO churn_flags (customer_id, reasons, flagged_at) VALUES (@customerId, @reasons, @at)
            ON CONFLICT (customer_id) DO UPDATE SET reasons = excluded.reasons,
                flagged_at = CASE WHEN churn_flags.cleared_at IS NULL THEN churn_flags.flagged_at ELSE excluded.flagged_at END,
                cleared_at = NULL, cleared_by = NULL
            """,
            new { customerId, reasons = JsonSerializer.Serialize(reasons), at = dialect.Timestamp(at) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<bool> IsFlaggedAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM churn_flags WHERE customer_id = @customerId AND cleared_at IS NULL", new { customerId }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyList<ChurnFlag>> ListOpenAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT customer_id, reasons, flagged_at, cleared_at, cleared_by FROM churn_flags WHERE cleared_at IS NULL ORDER BY flagged_at DESC LIMIT @limit",
            new { limit },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var flags = new List<ChurnFlag>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            flags.Add(new ChurnFlag(
                reader.GetString("customer_id"), JsonSerializer.Deserialize<List<string>>(reader.GetString("reasons")) ?? [],
                reader.GetTimestamp("flagged_at"), reader.GetNullableTimestamp("cleared_at"), reader.GetNullableString("cleared_by")));
        }

        return flags;
    }

    public async Task<bool> ClearAsync(string customerId, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE churn_flags SET cleared_at = @at, cleared_by = @by WHERE customer_id = @customerId AND cleared_at IS NULL",
            new { customerId, by, at = dialect.Timestamp(at) },
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }
}
