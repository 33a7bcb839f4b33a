using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Handoffs;

public sealed class PostgresHandoffStoreTests(PostgresFixture fixture) : HandoffStoreContractTests<PostgresFixture>(fixture);
