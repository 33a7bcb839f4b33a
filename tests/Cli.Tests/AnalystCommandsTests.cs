using AfterSalesBot.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AfterSalesBot.Cli.Tests;

/// <summary><c>import comments</c>, <c>train --from-db</c> and <c>model list|rollback</c> against a real SQLite file.</summary>
public sealed class AnalystCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aftersales-cli-analyst", Guid.NewGuid().ToString("N"));

    public AnalystCommandsTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Import_tags_good_rows_with_their_source_reports_bad_rows_by_line_and_stores_each_row_once()
    {
        var connection = $"Data Source={Path.Combine(_folder, "a.db")}";
        string[] db = ["--provider", "sqlite", "--connection", connection];
        Assert.Equal(0, (await CliRunner.RunAsync(_folder, ["migrate", .. db])).ExitCode);
        var csv = Path.Combine(_folder, "feedback.csv");
        await File.WriteAllTextAsync(csv, string.Join("\n",
            "text,source,date,product,rating",
            "快递三天都没到，客服也不回,jd_review,2026-03-01,AC,1",
            "\"Great service,\nfixed in one visit\",call_centre,2026-03-02,TV,5",
            ",jd_review,2026-03-03,AC,",
            "还行吧,ticket_note,2026-13-01,AC,7",
            "安装师傅准时到达,ticket_note,2026/03/04,,") + "\n");

        var first = await CliRunner.RunAsync(_folder, ["import", "comments", csv, .. db]);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("imported 3 comments (0 already imported, 2 bad rows skipped)", first.StdOut, StringComparison.Ordinal);
        // Line numbers are the file's: the quoted comment spans lines 3–4.
        Assert.Contains("feedback.csv: line 5: text is empty", first.StdErr, StringComparison.Ordinal);
        Assert.Contains("feedback.csv: line 6: date '2026-13-01' is not a day (yyyy-MM-dd); rating '7' is not a whole number from 1 to 5", first.StdErr, StringComparison.Ordinal);

        var again = await CliRunner.RunAsync(_folder, ["import", "comments", csv, .. db]);
        Assert.Contains("imported 0 comments (3 already imported, 2 bad rows skipped)", again.StdOut, StringComparison.Ordinal);

        using var sqlite = new SqliteConnection(connection);
        sqlite.Open();
        using var command = sqlite.CreateCommand();
        command.CommandText = """
            SELECT r.feedback_source, c.text, c.category, c.sentiment, c.model_version FROM comments c
            JOIN answers a ON a.id = c.answer_id JOIN survey_responses r ON r.id = a.response_id ORDER BY r.started_at
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<(string Source, string Text, string Category, string Sentiment, string Model)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        Assert.Equal(["jd_review", "call_centre", "ticket_note"], rows.Select(r => r.Source));
        Assert.Equal("Great service,\nfixed in one visit", rows[1].Text);
        Assert.Equal(("logistics_delay", "negative"), (rows[0].Category, rows[0].Sentiment));
        Assert.All(rows, r => Assert.StartsWith("tagger-", r.Model, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Train_from_the_database_reports_both_scores_and_the_model_can_be_rolled_back_to_the_shipped_one()
    {
        var connection = $"Data Source={Path.Combine(_folder, "t.db")}";
        string[] db = ["--provider", "sqlite", "--connection", connection];
        Assert.Equal(0, (await CliRunner.RunAsync(_folder, ["migrate", .. db])).ExitCode);

        var train = await CliRunner.RunAsync(_folder, ["train", "--from-db", "--task", "emotion", "--by", "ops", .. db]);
        Assert.Equal(0, train.ExitCode);
        Assert.Matches(@"candidate emotion-[0-9a-f]+: macro_f1=0\.\d{4} accuracy=0\.\d{4} on \d+ validation rows", train.StdOut);
        Assert.Matches(@"baseline  seed-only: macro_f1=0\.\d{4}", train.StdOut);
        Assert.Contains("promoted: emotion model", train.StdOut, StringComparison.Ordinal);

        var list = await CliRunner.RunAsync(_folder, ["model", "list", .. db]);
        Assert.Contains("\temotion\t", list.StdOut, StringComparison.Ordinal);
        Assert.Contains("\tpromoted\t", list.StdOut, StringComparison.Ordinal);
        Assert.Contains("\tops\t", list.StdOut, StringComparison.Ordinal);

        var rollback = await CliRunner.RunAsync(_folder, ["model", "rollback", "--task", "emotion", .. db]);
        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains("rolled back: emotion now uses the shipped model", rollback.StdOut, StringComparison.Ordinal);
        var nothing = await CliRunner.RunAsync(_folder, ["model", "rollback", "--task", "emotion", .. db]);
        Assert.Equal(1, nothing.ExitCode);
        Assert.Contains("the shipped model is already in use", nothing.StdErr, StringComparison.Ordinal);

        var missing = await CliRunner.RunAsync(_folder, ["train", "--task", "emotion"]);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("--data and --out are required", missing.StdErr, StringComparison.Ordinal);
    }
}
