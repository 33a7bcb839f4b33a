using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Complaints;

public sealed class SqliteComplaintStoreTests(SqliteFixture fixture) : ComplaintStoreContractTests<SqliteFixture>(fixture);
