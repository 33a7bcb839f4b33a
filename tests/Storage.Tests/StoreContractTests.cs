using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests;

/// <summary>
/// The behaviour every storage dialect must have. Each dialect runs these through its own subclass
/// (a fresh, migrated database per class).
/// </summary>
public abstract class StoreContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected TFixture Fixture { get; } = fixture;

    private SqlConversationStore Conversations => new(Fixture.Dialect, Fixture.Clock);

    private SqlTranscriptStore Transcript => new(Fixture.Dialect, Fixture.Clock);

    private SqlTurnStore Turns => new(Fixture.Dialect, Fixture.Clock);

    private SqlSurveyResponseStore Responses => new(Fixture.Dialect, Fixture.Clock);

    private static ConversationRef NewConversation(string channel = "webchat") => new(channel, Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task State_of_a_new_conversation_is_absent()
    {
        Assert.Null(await Conversations.LoadStateAsync(NewConversation(), None));
    }

    [Fact]
    public async Task Saved_state_loads_back_with_its_etag()
    {
        var conversation = NewConversation();
        var etag = await Conversations.SaveStateAsync(conversation, """{"step":"q1"}""", null, None);

        var loaded = await Conversations.LoadStateAsync(conversation, None);

        Assert.NotNull(loaded);
        Assert.Equal("""{"step":"q1"}""", loaded.Document);
        Assert.Equal(etag, loaded.ETag);
    }

    [Fact]
    public async Task Saving_with_a_stale_etag_is_a_conflict_and_keeps_the_newer_state()
    {
        var conversation = NewConversation();
        var first = await Conversations.SaveStateAsync(conversation, "v1", null, None);
        var second = await Conversations.SaveStateAsync(conversation, "v2", first, None);
        Assert.NotEqual(first, second);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Conversations.SaveStateAsync(conversation, "stale", first, None));

        Assert.Equal(conversation, conflict.Conversation);
        Assert.Equal("v2", (await Conversations.LoadStateAsync(conversation, None))!.Document);
    }

    [Fact]
    public async Task Creating_state_that_already_exists_is_a_conflict()
    {
        var conversation = NewConversation();
        await Conversations.SaveStateAsync(conversation, "v1", null, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Conversations.SaveStateAsync(conversation, "other", null, None));
    }

    [Fact]
    public async Task Two_writers_with_the_same_etag_exactly_one_wins()
    {
        var conversation = NewConversation();
        var etag = await Conversations.SaveStateAsync(conversation, "v1", null, None);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Conversations.SaveStateAsync(conversation, $"writer {i}", etag, None);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, attempts.Count(won => won));
    }

    [Fact]
    public async Task Conversation_details_are_kept_and_updated()
    {
        var conversation = NewConversation("msteams");
        var created = await Conversations.UpsertConversationAsync(conversation, "zh-CN", "https://smba.example/", "user-1", None);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var updated = await Conversations.UpsertConversationAsync(conversation, "en-US", null, null, None);

        Assert.Equal("zh-CN", created.Locale);
        Assert.Equal("en-US", updated.Locale);
        Assert.Equal("https://smba.example/", updated.ServiceUrl);
        Assert.Equal("user-1", updated.UserId);
        Assert.Equal("bot", updated.HandoffStatus);
        Assert.Equal(created.CreatedAt, updated.CreatedAt);
        Assert.Equal(created.UpdatedAt + TimeSpan.FromMinutes(5), updated.UpdatedAt);
    }

    [Fact]
    public async Task Transcript_sequences_start_at_one_and_read_after_a_watermark()
    {
        var conversation = NewConversation();
        for (var i = 1; i <= 5; i++)
        {
            var appended = await Transcript.AppendAsync(conversation, i % 2 == 0 ? TranscriptDirection.Outbound : TranscriptDirection.Inbound, $$"""{"n":{{i}}}""", $"a{i}", None);
            Assert.Equal(i, appended.Sequence);
            Assert.False(appended.IsDuplicate);
        }

        var after2 = await Transcript.ReadAfterAsync(conversation, 2, 100, None);
        var limited = await Transcript.ReadAfterAsync(conversation, 0, 2, None);

        Assert.Equal([3L, 4L, 5L], after2.Select(e => e.Sequence));
        Assert.Equal("""{"n":4}""", after2[1].ActivityJson);
        Assert.Equal(TranscriptDirection.Outbound, after2[1].Direction);
        Assert.Equal("a4", after2[1].ChannelActivityId);
        Assert.Equal([1L, 2L], limited.Select(e => e.Sequence));
        Assert.Equal(Fixture.Clock.GetUtcNow(), after2[0].RecordedAt);
    }

    [Fact]
    public async Task Redelivered_activity_id_is_recognised_and_not_stored_twice()
    {
        var conversation = NewConversation();
        await Transcript.AppendAsync(conversation, TranscriptDirection.Inbound, "first", "act-1", None);
        await Transcript.AppendAsync(conversation, TranscriptDirection.Outbound, "reply", null, None);

        var again = await Transcript.AppendAsync(conversation, TranscriptDirection.Inbound, "first (retry)", "act-1", None);
        var next = await Transcript.AppendAsync(conversation, TranscriptDirection.Inbound, "second", "act-2", None);

        Assert.True(again.IsDuplicate);
        Assert.Equal(1, again.Sequence);
        Assert.Equal(3, next.Sequence);
        Assert.Equal(["first", "reply", "second"], (await Transcript.ReadAfterAsync(conversation, 0, 10, None)).Select(e => e.ActivityJson));
    }

    [Fact]
    public async Task The_same_activity_id_in_another_conversation_is_not_a_duplicate()
    {
        var a = await Transcript.AppendAsync(NewConversation(), TranscriptDirection.Inbound, "x", "same-id", None);
        var b = await Transcript.AppendAsync(NewConversation(), TranscriptDirection.Inbound, "x", "same-id", None);

        Assert.False(a.IsDuplicate);
        Assert.False(b.IsDuplicate);
    }

    [Fact]
    public async Task Concurrent_appends_get_distinct_gap_free_sequences()
    {
        var conversation = NewConversation();

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            Transcript.AppendAsync(conversation, TranscriptDirection.Inbound, $"m{i}", $"id{i}", None)));

        Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), results.Select(r => r.Sequence).Order());
    }

    [Fact]
    public async Task A_turn_commits_transcript_state_response_answers_and_comment_together()
    {
        var conversation = NewConversation();
        var responseId = Guid.NewGuid();
        var now = Fixture.Clock.GetUtcNow();
        var tags = new CommentTags("slow_response", ["slow_response", "unresolved"], 0.81, "negative", 0.93, "angry", 0.7, "category@abc");
        var commit = new TurnCommit(
            conversation,
            new InboundActivity("""{"type":"message","text":"太慢了"}""", "in-1"),
            null,
            """{"question":"q10"}""",
            ["""{"type":"message","text":"谢谢"}""", """{"type":"message","text":"下一题"}"""],
            [new SurveyResponseStart(responseId, "after-sales", 1, conversation, null, "webchat", "zh-CN", now)],
            [
                new AnswerWrite(new AnswerRecord(responseId, "q4", AnswerValue.FromNumber(2), "2分", now)),
                new AnswerWrite(new AnswerRecord(responseId, "q9", AnswerValue.FromText("太慢了"), "太慢了", now), "太慢了", tags),
            ],
            []);

        var result = await Turns.CommitTurnAsync(commit, None);

        Assert.Equal(TurnCommitOutcome.Committed, result.Outcome);
        Assert.Equal(1, result.InboundSequence);
        Assert.Equal([2L, 3L], result.OutboundSequences);
        Assert.Equal(result.NewETag, (await Conversations.LoadStateAsync(conversation, None))!.ETag);
        var response = await Responses.GetResponseAsync(responseId, None);
        Assert.NotNull(response);
        Assert.Equal(conversation, response.Conversation);
        Assert.Equal(ResponseStatus.InProgress, response.Status);
        Assert.Equal(2m, response.Answers.Single(a => a.QuestionId == "q4").Value.Number);
        Assert.Equal("太慢了", response.Answers.Single(a => a.QuestionId == "q9").RawText);
    }

    [Fact]
    public async Task A_redelivered_turn_writes_nothing()
    {
        var conversation = NewConversation();
        var responseId = Guid.NewGuid();
        var now = Fixture.Clock.GetUtcNow();
        var start = new SurveyResponseStart(responseId, "after-sales", 1, conversation, null, "webchat", "en-US", now);
        TurnCommit Commit(string? etag, string state, decimal rating) => new(
            conversation, new InboundActivity("{}", "dup-1"), etag, state, ["reply"], [start],
            [new AnswerWrite(new AnswerRecord(responseId, "q4", AnswerValue.FromNumber(rating), null, now))], []);
        var first = await Turns.CommitTurnAsync(Commit(null, "s1", 4), None);

        var again = await Turns.CommitTurnAsync(Commit(first.NewETag, "s2", 1), None);

        Assert.Equal(TurnCommitOutcome.DuplicateInbound, again.Outcome);
        Assert.Equal(first.InboundSequence, again.InboundSequence);
        Assert.Equal("s1", (await Conversations.LoadStateAsync(conversation, None))!.Document);
        Assert.Equal(4m, (await Responses.GetResponseAsync(responseId, None))!.Answers.Single().Value.Number);
        Assert.Equal(2, (await Transcript.ReadAfterAsync(conversation, 0, 10, None)).Count);
    }

    [Fact]
    public async Task A_turn_on_stale_state_is_a_conflict_and_writes_nothing()
    {
        var conversation = NewConversation();
        var first = await Turns.CommitTurnAsync(new TurnCommit(conversation, new InboundActivity("a", "t1"), null, "s1", ["r1"], [], [], []), None);
        await Turns.CommitTurnAsync(new TurnCommit(conversation, new InboundActivity("b", "t2"), first.NewETag, "s2", ["r2"], [], [], []), None);

        var stale = await Turns.CommitTurnAsync(new TurnCommit(conversation, new InboundActivity("c", "t3"), first.NewETag, "s3", ["r3"], [], [], []), None);

        Assert.Equal(TurnCommitOutcome.Conflict, stale.Outcome);
        Assert.Equal("s2", (await Conversations.LoadStateAsync(conversation, None))!.Document);
        Assert.Equal(["a", "r1", "b", "r2"], (await Transcript.ReadAfterAsync(conversation, 0, 10, None)).Select(e => e.ActivityJson));
        // The retried turn takes the next sequence: no gap was left by the conflict.
        var retried = await Turns.CommitTurnAsync(new TurnCommit(conversation, new InboundActivity("c", "t3"), "2", "s3", [], [], [], []), None);
        Assert.Equal(5, retried.InboundSequence);
    }

    [Fact]
    public async Task An_answer_recorded_twice_is_stored_once_and_a_changed_answer_replaces_it()
    {
        var responseId = Guid.NewGuid();
        var now = Fixture.Clock.GetUtcNow();
        await Responses.StartResponseAsync(new SurveyResponseStart(responseId, "after-sales", 1, null, null, "msteams", "en-US", now), None);
        var answer = new AnswerRecord(responseId, "q5", AnswerValue.FromNumber(3), "3", now);

        var id1 = await Responses.RecordAnswerAsync(answer, None);
        var id2 = await Responses.RecordAnswerAsync(answer, None);
        await Responses.RecordAnswerAsync(answer with { Value = AnswerValue.FromNumber(5), RawText = "change my answer to 5" }, None);

        var stored = (await Responses.GetResponseAsync(responseId, None))!.Answers;
        Assert.Equal(id1, id2);
        var single = Assert.Single(stored);
        Assert.Equal(5m, single.Value.Number);
        Assert.Equal("change my answer to 5", single.RawText);
    }

    [Fact]
    public async Task Answer_values_of_every_kind_round_trip()
    {
        var responseId = Guid.NewGuid();
        var now = Fixture.Clock.GetUtcNow();
        var customer = $"C20260302-{Random.Shared.Next(10000):0000}{Guid.NewGuid():N}"[..18];
        await using (var connection = await Fixture.Dialect.OpenConnectionAsync(None))
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "INSERT INTO customers (id, created_at) VALUES (@customer, @now)", new { customer, now = Fixture.Dialect.Timestamp(now) });
        }

        await Responses.StartResponseAsync(new SurveyResponseStart(responseId, "repair", 2, NewConversation(), customer, "webchat", "zh-CN", now), None);
        AnswerValue[] values =
        [
            AnswerValue.FromNumber(9), AnswerValue.FromNumber(4.5m), AnswerValue.FromText("emoji 😡 and 中文"), AnswerValue.FromChoice("business"),
            AnswerValue.FromChoices(["a", "c"]), AnswerValue.FromBoolean(true), AnswerValue.FromDate(new DateOnly(2024, 5, 1)), AnswerValue.Skipped,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            await Responses.RecordAnswerAsync(new AnswerRecord(responseId, $"q{i}", values[i], null, now.AddSeconds(i)), None);
        }

        var response = (await Responses.GetResponseAsync(responseId, None))!;

        Assert.Equal(values, response.Answers.Select(a => a.Value));
        Assert.Equal(customer, response.CustomerId);
        Assert.Equal(2, response.SurveyVersion);
    }

    [Fact]
    public async Task Finished_and_abandoned_responses_are_told_apart()
    {
        var now = Fixture.Clock.GetUtcNow();
        var survey = $"s-{Guid.NewGuid():N}";
        Guid[] ids = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        foreach (var id in ids)
        {
            await Responses.StartResponseAsync(new SurveyResponseStart(id, survey, 1, null, null, "webchat", "zh-CN", now), None);
        }

        await Responses.RecordAnswerAsync(new AnswerRecord(ids[2], "q1", AnswerValue.FromChoice("individual"), null, now.AddHours(3)), None);
        await Responses.FinishResponseAsync(ids[0], ResponseStatus.Completed, now.AddMinutes(4), None);

        var abandoned = await Responses.AbandonInactiveResponsesAsync(now.AddHours(1), now.AddHours(4), None);
        var listed = await Responses.ListResponsesAsync(new ResponseQuery(SurveyId: survey), None);

        // Other tests of this class share the database, so only a lower bound is exact here.
        Assert.True(abandoned >= 1, $"abandoned {abandoned}");
        Assert.Equal([ResponseStatus.Completed, ResponseStatus.Abandoned, ResponseStatus.InProgress], listed.OrderBy(r => Array.IndexOf(ids, r.Id)).Select(r => r.Status));
        Assert.True(listed.Single(r => r.Id == ids[0]).Finished);
        Assert.Equal(now.AddMinutes(4), listed.Single(r => r.Id == ids[0]).FinishedAt);
        Assert.False(listed.Single(r => r.Id == ids[1]).Finished);
        Assert.Null(listed.Single(r => r.Id == ids[1]).FinishedAt);
    }

    [Fact]
    public async Task Responses_are_listed_by_survey_and_period()
    {
        var survey = $"s-{Guid.NewGuid():N}";
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var day = 0; day < 5; day++)
        {
            await Responses.StartResponseAsync(new SurveyResponseStart(Guid.NewGuid(), survey, 1, null, null, "webchat", "zh-CN", t0.AddDays(day)), None);
        }

        var window = await Responses.ListResponsesAsync(new ResponseQuery(survey, t0.AddDays(1), t0.AddDays(3)), None);

        Assert.Equal([t0.AddDays(1), t0.AddDays(2)], window.Select(r => r.StartedAt));
    }

    [Fact]
    public async Task A_comment_is_stored_verbatim_once_per_answer()
    {
        var responseId = Guid.NewGuid();
        var now = Fixture.Clock.GetUtcNow();
        await Responses.StartResponseAsync(new SurveyResponseStart(responseId, "after-sales", 1, null, null, "webchat", "zh-CN", now), None);
        var answerId = await Responses.RecordAnswerAsync(new AnswerRecord(responseId, "q9", AnswerValue.FromText("  原话，不改 "), "  原话，不改 ", now), None);
        var comments = new SqlCommentStore(Fixture.Dialect);

        var first = await comments.RecordCommentAsync(answerId, "  原话，不改 ", null, now, None);
        var second = await comments.RecordCommentAsync(answerId, "  原话，不改 ", new CommentTags("other", ["other"], 0.5, "neutral", 0.5, "calm", 0.6, "v1"), now, None);

        Assert.Equal(first, second);
    }
}
