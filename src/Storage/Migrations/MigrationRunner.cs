using System.Data.Common;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Migrations;

/// <summary>
/// Applies the ordered SQL migration files of a dialect, each in its own transaction, and records
/// name + checksum in schema_migrations. Refuses to run when an applied file was edited. On PostgreSQL
/// the whole run holds an advisory lock so instances starting together apply each file exactly once.
/// </summary>
public sealed class MigrationRunner(SqlDialect dialect, IMigrationSource source, TimeProvider timeProvider)
{
    /// <summary>Applies pending migrations; returns the names applied by this call (empty when up to date).</summary>
    /// <exception cref="MigrationChecksumMismatchException">An applied migration's file changed.</exception>
    public async Task<IReadOnlyList<string>> ApplyAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var migrations = source.Load(dialect.Name);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Lock first: even CREATE TABLE IF NOT EXISTS races between PostgreSQL sessions.
        await using var migrationLock = await dialect.AcquireMigrationLockAsync(connection, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(dialect.CreateSchemaMigrationsTableSql, cancellationToken: cancellationToken)).ConfigureAwait(false);
        VerifyChecksums(migrations, await ReadAppliedAsync(connection, null, cancellationToken).ConfigureAwait(false));

        var appliedNow = new List<string>();
        foreach (var migration in migrations)
        {
            await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            // Read again inside the write transaction: another runner (SQLite has no advisory lock) may have applied it.
            var applied = await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (applied.ContainsKey(migration.Name))
            {
                continue;
            }

            progress?.Report($"applying {migration.Name}");
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (name, checksum, applied_at) VALUES (@name, @checksum, @appliedAt)",
                new { name = migration.Name, checksum = migration.Checksum, appliedAt = dialect.Timestamp(timeProvider.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            appliedNow.Add(migration.Name);
        }

        return appliedNow;
    }

    /// <summary>Compares the database with this build's files without changing anything.</summary>
    public async Task<MigrationStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var migrations = source.Load(dialect.Name);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var exists = await SchemaMigrationsExistsAsync(connection, cancellationToken).ConfigureAwait(false);
        var applied = exists
            ? await ReadAppliedAsync(connection, null, cancellationToken).ConfigureAwait(false)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        VerifyChecksums(migrations, applied);
        var known = migrations.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        return new MigrationStatus(
            migrations.Where(m => applied.ContainsKey(m.Name)).Select(m => m.Name).ToList(),
            migrations.Where(m => !applied.ContainsKey(m.Name)).Select(m => m.Name).ToList(),
            applied.Keys.Where(name => !known.Contains(name)).Order(StringComparer.Ordinal).ToList());
    }

    private async Task<bool> SchemaMigrationsExistsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var sql = dialect is PostgresDialect
            ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'"
            : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string Name, string Checksum)>(new CommandDefinition(
            "SELECT name, checksum FROM schema_migrations", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Name, r => r.Checksum, StringComparer.Ordinal);
    }

    private static void VerifyChecksums(IReadOnlyList<Migration> migrations, Dictionary<string, string> applied)
    {
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Name, out var checksum) && !string.Equals(checksum, migration.Checksum, StringComparison.Ordinal))
            {
                throw new MigrationChecksumMismatchException(
                    $"Migration {migration.Name} was edited after it was applied (checksum in database {checksum[..12]}…, file {migration.Checksum[..12]}…). " +
                    "Restore the file and put the change in a new migration.");
            }
        }
    }
}
