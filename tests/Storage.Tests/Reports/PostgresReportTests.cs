using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Reports;

public sealed class PostgresReportTests(PostgresFixture fixture) : ReportContractTests<PostgresFixture>(fixture);
