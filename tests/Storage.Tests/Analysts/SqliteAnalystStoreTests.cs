using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Analysts;

public sealed class SqliteAnalystStoreTests(SqliteFixture fixture) : AnalystStoreContractTests<SqliteFixture>(fixture);
