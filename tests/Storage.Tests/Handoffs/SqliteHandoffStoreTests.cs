using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Handoffs;

public sealed class SqliteHandoffStoreTests(SqliteFixture fixture) : HandoffStoreContractTests<SqliteFixture>(fixture);
