using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>A fresh migrated database per test (SQLite file or PostgreSQL database); <see cref="Connect"/> gives each simulated instance its own pool.</summary>
public sealed class LoopDatabase : IAsyncDisposable
{
    private readonly List<SqlDialect> _dialects = [];

    private LoopDatabase(StorageOptions options)
    {
        Options = options;
    }

    public StorageOptions Options { get; }

    public static async Task<LoopDatabase> CreateAsync(string provider)
    {
        var options = provider == StorageOptions.PostgresProvider
            ? new StorageOptions { Provider = provider, ConnectionString = await PostgresServer.CreateDatabaseAsync("aftersales_loop") }
            : new StorageOptions
            {
                Provider = StorageOptions.SqliteProvider,
                ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), "aftersales-loop-tests", $"{Guid.NewGuid():N}.db")}",
            };
        var database = new LoopDatabase(options);
        await new MigrationRunner(database.Connect(), EmbeddedMigrationSource.Instance, TimeProvider.System).ApplyAsync(null, CancellationToken.None);
        return database;
    }

    public SqlDialect Connect()
    {
        var dialect = SqlDialectFactory.Create(Options, Path.GetTempPath());
        _dialects.Add(dialect);
        return dialect;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dialect in _dialects.OfType<IAsyncDisposable>())
        {
            await dialect.DisposeAsync();
        }

        if (Options.Provider == StorageOptions.PostgresProvider)
        {
            await PostgresServer.DropDatabaseAsync(Options.ConnectionString!);
            return;
        }

        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(Options.ConnectionString).DataSource;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
