using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AfterSalesBot.Storage.Dialects;

/// <summary>
/// SQLite: one file, WAL journal, a busy timeout so concurrent writers queue instead of failing,
/// timestamps as fixed-width ISO-8601 UTC text so that text order is time order.
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>One writer gate per database file, shared by every dialect instance of this process.</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    /// <summary>The connections holding a write gate, released when they close.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbConnection, SemaphoreSlim> GateHolders = [];

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate;

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            // Pooling keeps the per-operation open cheap; the pool holds the WAL-mode file handles.
            Pooling = true,
            DefaultTimeout = 30,
        };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        _writeGate = builder.DataSource == ":memory:" ? new SemaphoreSlim(1, 1) : WriteGates.GetOrAdd(builder.DataSource, _ => new SemaphoreSlim(1, 1));
    }

    public override string Name => StorageOptions.SqliteProvider;

    /// <summary>The database file path (or ":memory:").</summary>
    public string DataSource { get; }

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            // WAL lets readers run beside the single writer; NORMAL sync is durable across process crashes in WAL mode.
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // SQLite has one writer at a time. Left to itself, a second writer spins in the busy handler (sleeping
        // and retrying on a thread-pool thread), which makes tail latency explode under concurrency. Writers of
        // this process therefore queue on an async gate per database file, held until the connection closes
        // (every store closes its connection right after its transaction); other processes still meet SQLite's
        // busy timeout. A connection that already holds the gate (the migration runner's loop) does not wait again.
        if (!GateHolders.TryGetValue(connection, out _))
        {
            await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            GateHolders.Add(connection, _writeGate);
            connection.StateChange += ReleaseGateOnClose;
        }

        try
        {
            // A non-deferred transaction is BEGIN IMMEDIATE: the write lock is taken at once, so a reader never has
            // to upgrade to a writer mid-transaction, which SQLite answers with SQLITE_BUSY.
            // Microsoft.Data.Sqlite has no async overload taking "deferred"; SQLite work is synchronous anyway.
            return ((SqliteConnection)connection).BeginTransaction(deferred: false);
        }
        catch
        {
            ReleaseGate(connection);
            throw;
        }
    }

    private static void ReleaseGateOnClose(object? sender, StateChangeEventArgs e)
    {
        if (sender is DbConnection connection && e.CurrentState == ConnectionState.Closed)
        {
            ReleaseGate(connection);
        }
    }

    private static void ReleaseGate(DbConnection connection)
    {
        if (GateHolders.TryGetValue(connection, out var gate) && GateHolders.Remove(connection))
        {
            connection.StateChange -= ReleaseGateOnClose;
            gate.Release();
        }
    }

    public override string CreateSchemaMigrationsTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public override object Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public override ValueTask<IAsyncDisposable> AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IAsyncDisposable>(NoLock.Instance);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey };

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
