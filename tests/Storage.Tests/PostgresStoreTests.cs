using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests;

public sealed class PostgresStoreTests(PostgresFixture fixture) : StoreContractTests<PostgresFixture>(fixture);
