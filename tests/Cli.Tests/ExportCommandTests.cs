using System.Text;
using AfterSalesBot.Cli.Tests.Support;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Stores;
using Microsoft.Data.Sqlite;

namespace AfterSalesBot.Cli.Tests;

public sealed class ExportCommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("aftersales-export-").FullName;
    private string _connection = null!;

    public async Task InitializeAsync()
    {
        _connection = $"Data Source={Path.Combine(_folder, "a.db")}";
        var migrate = await CliRunner.RunAsync(_folder, "migrate", "--provider", "sqlite", "--connection", _connection);
        Assert.Equal(0, migrate.ExitCode);
        var dialect = SqlDialectFactory.Create(new StorageOptions { Provider = "sqlite", ConnectionString = _connection }, _folder);
        var turns = new SqlTurnStore(dialect, TimeProvider.System);

        await AddAsync(turns, "conv-1", "aftersales-default", March2, ResponseStatus.Completed,
            ("customerType", AnswerValue.FromChoice("business")),
            ("speed", AnswerValue.FromNumber(4)),
            ("staff", AnswerValue.Skipped),
            ("leastSatisfied", AnswerValue.FromText("来了两次，\"还是\"没修好,\n太慢")),
            ("improvements", AnswerValue.FromText("=HYPERLINK(\"http://x\")")),
            ("callback", AnswerValue.FromBoolean(true)));
        await AddAsync(turns, "conv-2", "aftersales-default", March2.AddDays(3), ResponseStatus.InProgress,
            ("customerType", AnswerValue.FromChoice("individual")));
        await AddAsync(turns, "conv-3", "aftersales-repair", March2.AddDays(1), ResponseStatus.Abandoned,
            ("nps", AnswerValue.FromNumber(9)));
        if (dialect is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task Export_writes_one_row_per_response_with_one_column_per_question_as_excel_readable_csv()
    {
        var file = Path.Combine(_folder, "out.csv");

        var result = await CliRunner.RunAsync(RepositoryPaths.Root, "export", "responses", "--format", "csv", "--survey", "aftersales-default",
            "--provider", "sqlite", "--connection", _connection, "--out", file);

        Assert.Equal(0, result.ExitCode);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n");
        Assert.Equal(
            "response_id,survey_id,survey_version,conversation_id,channel,locale,started,finished,finished_at,status,"
            + "customerType,product,staff,speed,resolution,professionalism,communication,convenience,leastSatisfied,improvements,callback",
            lines[0]);
        Assert.Contains(",conv-1,web,zh-CN,2026-03-02T09:00:00Z,true,2026-03-02T09:05:00Z,Completed,business,,,4,,,,,\"来了两次，\"\"还是\"\"没修好,\n太慢\",\"'=HYPERLINK(\"\"http://x\"\")\",true", text, StringComparison.Ordinal);
        Assert.Contains(",conv-2,web,zh-CN,2026-03-05T09:00:00Z,false,,InProgress,individual,,,,,,,,,,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("conv-3", text, StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[^1]);
    }

    [Fact]
    public async Task Export_filters_by_start_day_inclusive()
    {
        var result = await CliRunner.RunAsync(RepositoryPaths.Root, "export", "responses", "--format", "csv", "--from", "2026-03-03", "--to", "2026-03-03",
            "--provider", "sqlite", "--connection", _connection);

        Assert.Equal(0, result.ExitCode);
        var rows = result.StdOut.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.Contains(",conv-3,", rows[1], StringComparison.Ordinal);
        Assert.Contains(",nps,", rows[0], StringComparison.Ordinal);
        Assert.EndsWith("Abandoned,,,,,,9,,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_with_a_malformed_day_says_how_to_write_it()
    {
        var result = await CliRunner.RunAsync(_folder, "export", "responses", "--from", "3/2/2026", "--provider", "sqlite", "--connection", _connection);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.StdErr, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task AddAsync(SqlTurnStore turns, string conversationId, string surveyId, DateTimeOffset started, ResponseStatus status, params (string Question, AnswerValue Value)[] answers)
    {
        var conversation = new ConversationRef("web", conversationId);
        var id = Guid.CreateVersion7(started);
        var finished = status == ResponseStatus.InProgress ? [] : new[] { new ResponseCompletion(id, status, started.AddMinutes(5)) };
        var result = await turns.CommitTurnAsync(
            new TurnCommit(
                conversation, null, null, null, [],
                [new SurveyResponseStart(id, surveyId, 1, conversation, null, "web", "zh-CN", started)],
                [.. answers.Select(a => new AnswerWrite(new AnswerRecord(id, a.Question, a.Value, a.Value.ToString(), started.AddMinutes(1))))],
                finished),
            CancellationToken.None);
        Assert.Equal(TurnCommitOutcome.Committed, result.Outcome);
    }
}
