using AfterSalesBot.Cli.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Data.Sqlite;

namespace AfterSalesBot.Cli.Tests;

public sealed class ReportCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aftersales-cli-reports", Guid.NewGuid().ToString("N"));

    public ReportCommandsTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Demo_seed_rebuild_and_xlsx_export_give_a_workbook_with_the_synthetic_responses()
    {
        var connection = $"Data Source={Path.Combine(_folder, "demo.db")}";
        string[] db = ["--provider", "sqlite", "--connection", connection];
        Assert.Equal(0, (await CliRunner.RunAsync(_folder, ["migrate", .. db])).ExitCode);

        var seed = await CliRunner.RunAsync(_folder, ["demo", "seed", "--responses", "300", "--from", "2026-01-01", "--days", "60", .. db]);
        Assert.Equal(0, seed.ExitCode);
        Assert.Contains("300 synthetic responses loaded", seed.StdOut, StringComparison.Ordinal);

        var rebuild = await CliRunner.RunAsync(_folder, ["reports", "rebuild", .. db]);
        Assert.Equal(0, rebuild.ExitCode);
        Assert.Contains("300 responses folded", rebuild.StdOut, StringComparison.Ordinal);

        var file = Path.Combine(_folder, "report.xlsx");
        var export = await CliRunner.RunAsync(_folder, [
            "export", "report", "--survey", "aftersales-default", "--format", "xlsx", "--out", file, "--pseudonym-key", "0123456789abcdef-key",
            "--surveys-dir", Path.Combine(RepositoryPaths.Root, "surveys"), .. db]);
        Assert.Equal(0, export.ExitCode);

        using var document = SpreadsheetDocument.Open(file, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet);
        var summary = sheets["Summary"].Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal("300", summary.Single(r => r[0] == "Responses")[1]);
        Assert.True(sheets["Monthly"].Descendants<Row>().Count() > 1);
        var staff = sheets["Comments"].Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().ElementAt(7).InnerText).Where(s => s.Length > 0).ToList();
        Assert.NotEmpty(staff);
        Assert.All(staff, s => Assert.StartsWith("STAFF-", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_report_of_an_unknown_survey_fails_with_a_plain_message()
    {
        var result = await CliRunner.RunAsync(_folder, [
            "export", "report", "--survey", "nope", "--out", Path.Combine(_folder, "x.xlsx"), "--surveys-dir", Path.Combine(RepositoryPaths.Root, "surveys"),
            "--provider", "sqlite", "--connection", $"Data Source={Path.Combine(_folder, "x.db")}"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no survey definition with id 'nope'", result.StdErr, StringComparison.Ordinal);
    }
}
