using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Tickets;

public sealed class SqliteTicketStoreTests(SqliteFixture fixture) : TicketStoreContractTests<SqliteFixture>(fixture);
