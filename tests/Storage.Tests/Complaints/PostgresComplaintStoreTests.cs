using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Complaints;

public sealed class PostgresComplaintStoreTests(PostgresFixture fixture) : ComplaintStoreContractTests<PostgresFixture>(fixture);
