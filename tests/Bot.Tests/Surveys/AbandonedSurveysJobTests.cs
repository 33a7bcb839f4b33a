using AfterSalesBot.Bot.Jobs;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Migrations;
using AfterSalesBot.Storage.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Tests.Surveys;

public sealed class AbandonedSurveysJobTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "aftersales-job-tests", $"{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private SqlDialect _dialect = null!;

    public async Task InitializeAsync()
    {
        _dialect = SqlDialectFactory.Create(new StorageOptions { Provider = "sqlite", ConnectionString = $"Data Source={_path}" }, Path.GetTempPath());
        await new MigrationRunner(_dialect, EmbeddedMigrationSource.Instance, _clock).ApplyAsync(null, CancellationToken.None);
    }

    [Fact]
    public async Task A_survey_left_unanswered_longer_than_the_setting_is_kept_as_a_partial_response()
    {
        var responses = new SqlSurveyResponseStore(_dialect, _clock);
        var turns = new SqlTurnStore(_dialect, _clock);
        var walkedAway = await StartWithOneAnswerAsync(turns, "walked-away");
        _clock.Advance(TimeSpan.FromHours(20));
        var stillGoing = await StartWithOneAnswerAsync(turns, "still-going");
        _clock.Advance(TimeSpan.FromHours(5));
        var job = new AbandonedSurveysJob(responses, Options.Create(new SurveyEngineOptions { AbandonAfter = TimeSpan.FromHours(24) }), _clock, NullLogger<AbandonedSurveysJob>.Instance);

        var marked = await job.RunOnceAsync(CancellationToken.None);
        var again = await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 0), (marked, again));
        var abandoned = await responses.GetResponseAsync(walkedAway, CancellationToken.None);
        Assert.Equal(ResponseStatus.Abandoned, abandoned!.Status);
        Assert.False(abandoned.Finished);
        Assert.Single(abandoned.Answers);
        Assert.Equal(ResponseStatus.InProgress, (await responses.GetResponseAsync(stillGoing, CancellationToken.None))!.Status);
    }

    public async Task DisposeAsync()
    {
        if (_dialect is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private async Task<Guid> StartWithOneAnswerAsync(SqlTurnStore turns, string conversationId)
    {
        var now = _clock.GetUtcNow();
        var conversation = new ConversationRef("test", conversationId);
        var id = Guid.CreateVersion7(now);
        await turns.CommitTurnAsync(
            new TurnCommit(
                conversation, null, null, null, [],
                [new SurveyResponseStart(id, "aftersales-default", 1, conversation, null, "test", "zh-CN", now)],
                [new AnswerWrite(new AnswerRecord(id, "customerType", AnswerValue.FromChoice("individual"), "个人", now))],
                []),
            CancellationToken.None);
        return id;
    }
}
