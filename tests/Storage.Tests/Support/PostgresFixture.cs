namespace AfterSalesBot.Storage.Tests.Support;

/// <summary>A fresh database on the test PostgreSQL server, dropped afterwards.</summary>
public sealed class PostgresFixture : DatabaseFixture
{
    public override async Task<StorageOptions> CreateEmptyDatabaseAsync() => new()
    {
        Provider = StorageOptions.PostgresProvider,
        ConnectionString = await PostgresServer.CreateDatabaseAsync("aftersales_test"),
    };

    public override Task DeleteDatabaseAsync(StorageOptions options) => PostgresServer.DropDatabaseAsync(options.ConnectionString!);
}
