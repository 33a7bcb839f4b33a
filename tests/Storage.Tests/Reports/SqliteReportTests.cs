using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Reports;

public sealed class SqliteReportTests(SqliteFixture fixture) : ReportContractTests<SqliteFixture>(fixture);
