using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Tickets;

public sealed class PostgresTicketStoreTests(PostgresFixture fixture) : TicketStoreContractTests<PostgresFixture>(fixture);
