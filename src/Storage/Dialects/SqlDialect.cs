using System.Data.Common;

namespace AfterSalesBot.Storage.Dialects;

/// <summary>
/// Everything that differs between the SQL databases we support lives in one subclass per database:
/// connections and transactions, locking, how timestamps travel, and the few statements whose text differs.
/// Stores write portable SQL (ANSI plus ON CONFLICT … RETURNING, which both dialects have) and ask the dialect for the rest.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The provider name used in settings and as the migrations folder ("sqlite", "postgres").</summary>
    public abstract string Name { get; }

    /// <summary>Opens a connection ready for use (pragmas set where the database needs them).</summary>
    public abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that takes the write lock up front, so two writers never deadlock on upgrade.</summary>
    public abstract ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The parameter value for a timestamp (UTC, in the representation the column expects).</summary>
    /// <summary>DDL for the table that records applied migrations (created if missing).</summary>
    public abstract string CreateSchemaMigrationsTableSql { get; }

    public abstract object Timestamp(DateTimeOffset value);

    /// <summary>
    /// Serialises migration runners across processes for as long as the returned handle lives
    /// (PostgreSQL: a session advisory lock on <paramref name="connection"/>; SQLite: the write transaction does it).
    /// </summary>
    public abstract ValueTask<IAsyncDisposable> AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Whether the error is a unique-key violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>
    /// The clause that ends a SELECT claiming queue rows (the SLA clock's events) so that concurrent workers take
    /// different rows instead of waiting: PostgreSQL locks the rows of <paramref name="alias"/> and skips locked ones;
    /// SQLite needs nothing, its write transaction already serialises the workers.
    /// </summary>
    public virtual string ClaimRowsClause(string alias) => string.Empty;

    /// <summary>
    /// "column is one of the list parameter": Dapper expands a list into IN (…) for SQLite, but hands Npgsql the list as
    /// one array parameter, which PostgreSQL compares with = ANY.
    /// </summary>
    public virtual string InList(string column, string parameter) => $"{column} IN @{parameter}";
}
