using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Staff;

public sealed class SqliteStaffStoreTests(SqliteFixture fixture) : StaffStoreContractTests<SqliteFixture>(fixture);
