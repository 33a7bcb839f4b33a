using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace AfterSalesBot.Bot.Tests.Jobs;

/// <summary>A fresh migrated database for SLA clock tests; <see cref="Connect"/> gives each simulated instance its own dialect (own pool).</summary>
public abstract class SlaDatabase : IAsyncLifetime
{
    private readonly List<SqlDialect> _dialects = [];

    public StorageOptions Options { get; private set; } = null!;

    protected abstract Task<StorageOptions> CreateAsync();

    protected abstract Task DeleteAsync(StorageOptions options);

    public SqlDialect Connect()
    {
        var dialect = SqlDialectFactory.Create(Options, Path.GetTempPath());
        _dialects.Add(dialect);
        return dialect;
    }

    public async Task InitializeAsync()
    {
        Options = await CreateAsync();
        await new MigrationRunner(Connect(), EmbeddedMigrationSource.Instance, TimeProvider.System).ApplyAsync(null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var dialect in _dialects.OfType<IAsyncDisposable>())
        {
            await dialect.DisposeAsync();
        }

        await DeleteAsync(Options);
    }

    public sealed class Sqlite : SlaDatabase
    {
        protected override Task<StorageOptions> CreateAsync() => Task.FromResult(new StorageOptions
        {
            Provider = StorageOptions.SqliteProvider,
            ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), "aftersales-sla-tests", $"{Guid.NewGuid():N}.db")}",
        });

        protected override Task DeleteAsync(StorageOptions options)
        {
            SqliteConnection.ClearAllPools();
            var path = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        }
    }

    public sealed class Postgres : SlaDatabase
    {
        protected override async Task<StorageOptions> CreateAsync() => new()
        {
            Provider = StorageOptions.PostgresProvider,
            ConnectionString = await PostgresServer.CreateDatabaseAsync("aftersales_sla"),
        };

        protected override Task DeleteAsync(StorageOptions options) => PostgresServer.DropDatabaseAsync(options.ConnectionString!);
    }
}
