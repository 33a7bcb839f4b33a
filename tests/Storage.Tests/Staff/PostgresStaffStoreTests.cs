using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Staff;

public sealed class PostgresStaffStoreTests(PostgresFixture fixture) : StaffStoreContractTests<PostgresFixture>(fixture);
