using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests;

public sealed class SqliteStoreTests(SqliteFixture fixture) : StoreContractTests<SqliteFixture>(fixture);
