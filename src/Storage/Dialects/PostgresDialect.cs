using System.Data.Common;
using Npgsql;

namespace AfterSalesBot.Storage.Dialects;

/// <summary>PostgreSQL through one shared <see cref="NpgsqlDataSource"/> (its pool serves every store).</summary>
public sealed class PostgresDialect : SqlDialect, IAsyncDisposable
{
    /// <summary>The advisory lock key migration runners hold ("aftersal" in ASCII).</summary>
    public const long MigrationLockKey = 0x6166746572736C;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    public override string Name => StorageOptions.PostgresProvider;

    public NpgsqlDataSource DataSource => _dataSource;

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    public override string CreateSchemaMigrationsTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL)";

    public override object Timestamp(DateTimeOffset value) => value.ToUniversalTime();

    public override async ValueTask<IAsyncDisposable> AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", (NpgsqlConnection)connection))
        {
            command.Parameters.AddWithValue("key", MigrationLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return new AdvisoryLock((NpgsqlConnection)connection);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override string ClaimRowsClause(string alias) => $" FOR UPDATE OF {alias} SKIP LOCKED";

    public override string InList(string column, string parameter) => $"{column} = ANY(@{parameter})";

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            command.Parameters.AddWithValue("key", MigrationLockKey);
            await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
