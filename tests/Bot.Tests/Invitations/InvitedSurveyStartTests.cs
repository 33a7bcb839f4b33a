using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.ServiceEvents;
using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Stores;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>
/// The commit that starts an invited survey in an existing conversation (no inbound activity, no outbound ones, a response
/// with the invitation's id and the customer's id) on both databases, and that a repeat starts nothing twice.
/// </summary>
public abstract class InvitedSurveyStartTests(string provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private LoopDatabase _database = null!;

    public async Task InitializeAsync() => _database = await LoopDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Starting_the_invited_survey_commits_the_state_and_the_response_once()
    {
        var dialect = _database.Connect();
        var clock = new FakeTimeProvider(At);
        var conversations = new SqlConversationStore(dialect, clock);
        var turns = new SqlTurnStore(dialect, clock);
        var conversation = new ConversationRef("directline", "invited-1");
        await conversations.UpsertConversationAsync(conversation, "zh-CN", null, "dl_user", CancellationToken.None);
        var saved = await new ServiceEventIntake(new SqlServiceEventStore(dialect), new ServiceEventParser(TimeZoneInfo.Utc), new InvitationPlanner(new InvitationPolicy()))
            .AcceptAsync(new ServiceEventFields { CustomerId = "C20260302-0001", ServiceStage = "repair", Channel = "chat", CompletedAt = At.ToString("O"), Conversation = "directline:invited-1" }, At, CancellationToken.None);
        var invitationId = saved.Saved!.InvitationId!.Value;
        var engine = new SurveyEngine(
            SurveyCatalog.LoadDirectory(Path.Combine(RepositoryPaths.Root, "surveys")).Catalog,
            new Dialogs.Surveys.Answers.RecognizerAnswerInterpreter(),
            new Dialogs.Surveys.Answers.NoCommentTagger(),
            new SurveyEngineOptions());

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var stored = await conversations.LoadStateAsync(conversation, CancellationToken.None);
            var result = engine.StartInvited(new SurveyInvitationStart(
                stored is null ? null : ConversationStateJson.Parse(stored.Document), conversation, invitationId, "aftersales-default", "C20260302-0001", "zh-CN", "邀请", At));
            if (result.ResponsesStarted.Count == 0)
            {
                continue;
            }

            var commit = await turns.CommitTurnAsync(
                new TurnCommit(conversation, null, stored?.ETag, ConversationStateJson.Write(result.State), [], result.ResponsesStarted, result.Answers, result.ResponsesFinished),
                CancellationToken.None);
            Assert.Equal(TurnCommitOutcome.Committed, commit.Outcome);
        }

        var state = ConversationStateJson.Parse((await conversations.LoadStateAsync(conversation, CancellationToken.None))!.Document);
        var response = await new SqlSurveyResponseStore(dialect, clock).GetResponseAsync(invitationId, CancellationToken.None);
        Assert.Equal(invitationId, state.Survey!.ResponseId);
        Assert.Equal(("C20260302-0001", conversation), (response!.CustomerId, response.Conversation));
        Assert.Empty(await new SqlTranscriptStore(dialect, clock).ReadAfterAsync(conversation, 0, 10, CancellationToken.None));
    }

    public sealed class Sqlite() : InvitedSurveyStartTests(StorageOptions.SqliteProvider);

    public sealed class Postgres() : InvitedSurveyStartTests(StorageOptions.PostgresProvider);
}
