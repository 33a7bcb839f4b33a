using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Migrations;

namespace AfterSalesBot.Storage.Tests.Support;

/// <summary>A fresh, migrated database for one test class, on one dialect.</summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    public SqlDialect Dialect { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = new();

    /// <summary>Creates an empty database of this fixture's kind; returns the settings to reach it.</summary>
    public abstract Task<StorageOptions> CreateEmptyDatabaseAsync();

    public abstract Task DeleteDatabaseAsync(StorageOptions options);

    public async Task InitializeAsync()
    {
        Options = await CreateEmptyDatabaseAsync();
        Dialect = SqlDialectFactory.Create(Options, Path.GetTempPath());
        await new MigrationRunner(Dialect, EmbeddedMigrationSource.Instance, Clock).ApplyAsync(null, CancellationToken.None);
    }

    public StorageOptions Options { get; private set; } = null!;

    public async Task DisposeAsync()
    {
        if (Dialect is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        await DeleteDatabaseAsync(Options);
    }
}
