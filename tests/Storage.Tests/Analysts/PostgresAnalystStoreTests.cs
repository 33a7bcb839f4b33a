using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Analysts;

public sealed class PostgresAnalystStoreTests(PostgresFixture fixture) : AnalystStoreContractTests<PostgresFixture>(fixture);
