using Microsoft.Data.Sqlite;

namespace AfterSalesBot.Storage.Tests.Support;

/// <summary>A SQLite database file in a temp folder.</summary>
public sealed class SqliteFixture : DatabaseFixture
{
    public override Task<StorageOptions> CreateEmptyDatabaseAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "aftersales-tests", $"{Guid.NewGuid():N}.db");
        return Task.FromResult(new StorageOptions { Provider = StorageOptions.SqliteProvider, ConnectionString = $"Data Source={path}" });
    }

    public override Task DeleteDatabaseAsync(StorageOptions options)
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
