using AfterSalesBot.Storage.Dialects;

namespace AfterSalesBot.Storage.Tests.Support;

/// <summary>An empty (unmigrated) database of a fixture's kind, deleted on dispose.</summary>
public sealed class EmptyDatabase : IAsyncDisposable
{
    private readonly DatabaseFixture _kind;

    private EmptyDatabase(DatabaseFixture kind, StorageOptions options)
    {
        _kind = kind;
        Options = options;
        Dialect = SqlDialectFactory.Create(options, Path.GetTempPath());
    }

    public StorageOptions Options { get; }

    public SqlDialect Dialect { get; }

    public static async Task<EmptyDatabase> CreateAsync<TFixture>()
        where TFixture : DatabaseFixture, new()
    {
        var kind = new TFixture();
        return new EmptyDatabase(kind, await kind.CreateEmptyDatabaseAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (Dialect is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        await _kind.DeleteDatabaseAsync(Options);
    }
}
