using AfterSalesBot.Dialogs.Handoffs;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.Dialogs.Tests.Surveys.Support;
using AfterSalesBot.Domain.Handoffs;
using AfterSalesBot.Storage.Stores;
using Xunit.Abstractions;

namespace AfterSalesBot.Dialogs.Tests.Handoffs;

/// <summary>
/// The hand-off state machine as the customer lives it, through the real engine, the real turn handler and the real
/// SQLite stores: every trigger, declining, the queue, a call-back when nobody is on duty, messages while queued and
/// while with an agent, hand-back and end, and a restart of the service while queued.
/// </summary>
public sealed class HandoffConversationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private SurveyTestHost _host = null!;
    private SqlHandoffStore _store = null!;
    private QueueWithAgents _queue = null!;
    private HandoffTurnHandler _handler = null!;

    public async Task InitializeAsync()
    {
        _host = await SurveyTestHost.StartAsync(new SurveyEngineOptions { HandoffTriggers = new HandoffTriggerOptions() });
        _store = new SqlHandoffStore(_host.Dialect);
        _queue = new QueueWithAgents(_store, _host.Clock);
        Restart();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("zh-CN", "转人工", "您排在第 1 位")]
    [InlineData("zh-CN", "人工", "您排在第 1 位")]
    [InlineData("en-US", "talk to a person", "you are number 1 in line")]
    [InlineData("en-US", "human", "you are number 1 in line")]
    public async Task Asking_for_a_person_queues_the_conversation_at_once(string locale, string ask, string told)
    {
        var chat = Chat($"ask-{ask}", locale);
        await chat.SendAllAsync(locale == "zh-CN" ? "你好" : "hello", locale == "zh-CN" ? "个人客户" : "individual");

        var replies = await chat.SendAsync(ask);

        Assert.Contains(told, Assert.Single(replies).Text, StringComparison.Ordinal);
        var open = await _store.FindOpenAsync(chat.Conversation, None);
        Assert.Equal((HandoffStatuses.Queued, HandoffReasons.CustomerRequest, locale), (open!.Status, open.Reason, open.Locale));
    }

    [Fact]
    public async Task A_low_rating_is_recorded_first_then_a_person_is_offered_and_declining_continues_the_survey_where_it_was()
    {
        var chat = Chat("decline");
        await chat.SendAllAsync("你好", "个人客户", "洗衣机", "跳过");

        var offer = await chat.SendAsync("2");
        var declined = await chat.SendAsync("不用了，继续");

        Assert.Contains("需要现在为您转接人工客服吗", Assert.Single(offer).Text, StringComparison.Ordinal);
        Assert.Equal(["转人工", "不用了，继续"], offer[0].SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Contains("好的，我们继续", declined[^1].Text, StringComparison.Ordinal);
        Assert.Contains("解决的彻底程度", declined[^1].Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(await ResponseIdAsync(chat), None);
        Assert.Equal(2m, response!.Answers.Single(a => a.QuestionId == "speed").Value.Number);

        // Offered once per response: the next low rating just moves on.
        var next = await chat.SendAsync("1");
        Assert.Contains("专业能力", Assert.Single(next).Text, StringComparison.Ordinal);
        Assert.Null(await _store.FindOpenAsync(chat.Conversation, None));
    }

    [Fact]
    public async Task A_reply_to_the_offer_that_is_neither_yes_nor_no_counts_as_the_answer_to_the_next_question()
    {
        var chat = Chat("lapse");
        await chat.SendAllAsync("你好", "个人客户", "洗衣机", "跳过", "3");

        var replies = await chat.SendAsync("4");

        Assert.Contains("专业能力", Assert.Single(replies).Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(await ResponseIdAsync(chat), None);
        Assert.Equal(4m, response!.Answers.Single(a => a.QuestionId == "resolution").Value.Number);
    }

    [Fact]
    public async Task A_clearly_negative_comment_offers_a_person()
    {
        var chat = Chat("negative");
        await chat.SendAllAsync("你好", "个人客户", "空调", "跳过", "4", "5", "4", "5", "4");

        var offer = await chat.SendAsync("上门太慢了，等了三天才有人来");
        var accepted = await chat.SendAsync("是");

        Assert.Contains("很抱歉给您带来了不好的体验", Assert.Single(offer).Text, StringComparison.Ordinal);
        Assert.Contains("您排在第 1 位", Assert.Single(accepted).Text, StringComparison.Ordinal);
        Assert.Equal(HandoffReasons.NegativeSentiment, (await _store.FindOpenAsync(chat.Conversation, None))!.Reason);
    }

    [Fact]
    public async Task Accepted_offer_queues_then_the_bot_stays_quiet_with_the_agent_and_resumes_the_survey_when_handed_back()
    {
        var chat = Chat("accept");
        await chat.SendAllAsync("你好", "个人客户", "洗衣机", "跳过", "2");
        var queued = await chat.SendAsync("转人工");
        Assert.Contains("您排在第 1 位", Assert.Single(queued).Text, StringComparison.Ordinal);
        var handoff = (await _store.FindOpenAsync(chat.Conversation, None))!;
        Assert.Equal((HandoffReasons.LowRating, "speed=2"), (handoff.Reason, handoff.Detail));

        // While queued the customer is told their place, and what they write is kept for the agent.
        var waiting = await chat.SendAsync("洗衣机一直漏水");
        Assert.Contains("您仍在排队", Assert.Single(waiting).Text, StringComparison.Ordinal);
        Assert.NotNull((await _store.GetAsync(handoff.Id, None))!.LastCustomerMessageAt);

        Assert.True(await _store.TakeAsync(handoff.Id, "wang", "王工", _host.Clock.GetUtcNow(), None));
        Assert.Empty(await chat.SendAsync("师傅什么时候能来？"));
        Assert.Empty(await chat.SendAsync("5"));
        var transcript = await new SqlTranscriptStore(_host.Dialect, _host.Clock).ReadAfterAsync(chat.Conversation, 0, 100, None);
        Assert.Contains(transcript, e => e.ActivityJson.Contains("师傅什么时候能来", StringComparison.Ordinal));

        Assert.True(await _store.CloseAsync(handoff.Id, HandoffStatuses.Active, HandoffStatuses.Released, "wang", _host.Clock.GetUtcNow(), null, None));
        var resumed = await Resumer().ResumeAsync(chat.Conversation, "zh-CN", t => t.HandedBack, resumeSurvey: true, None);
        Assert.Contains("客服已将对话交还给我", resumed[0].Text, StringComparison.Ordinal);
        Assert.Contains("解决的彻底程度", resumed[^1].Text, StringComparison.Ordinal);

        // The "5" sent to the agent was not taken as an answer; the survey goes on from the question it stopped at.
        var next = await chat.SendAsync("3");
        Assert.Contains("专业能力", Assert.Single(next).Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(await ResponseIdAsync(chat), None);
        Assert.Equal(3m, response!.Answers.Single(a => a.QuestionId == "resolution").Value.Number);
    }

    [Fact]
    public async Task An_ended_handoff_closes_politely_without_asking_again()
    {
        var chat = Chat("ended", "en-US");
        await chat.SendAllAsync("hello", "individual", "human");
        var handoff = (await _store.FindOpenAsync(chat.Conversation, None))!;
        Assert.True(await _store.TakeAsync(handoff.Id, "li", "Li", _host.Clock.GetUtcNow(), None));
        Assert.True(await _store.CloseAsync(handoff.Id, HandoffStatuses.Active, HandoffStatuses.Ended, "li", _host.Clock.GetUtcNow(), null, None));

        var said = await Resumer().ResumeAsync(chat.Conversation, "en-US", t => t.Ended, resumeSurvey: false, None);

        Assert.Equal("The conversation with our agent has ended. Thank you for your patience!", Assert.Single(said).Text);
    }

    [Fact]
    public async Task With_no_agent_on_duty_the_customer_is_told_when_to_expect_a_call_and_the_survey_goes_on()
    {
        _queue.AgentsOnDuty = 0;
        var chat = Chat("nobody");
        await chat.SendAllAsync("你好", "个人客户", "洗衣机", "跳过", "1");

        var replies = await chat.SendAsync("是");

        // 09:30 UTC + 24 h is 17:30 the next day in China.
        Assert.Contains("客服主管会在 3月3日 17:30 之前给您回电", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("解决的彻底程度", replies[^1].Text, StringComparison.Ordinal);
        Assert.Null(await _store.FindOpenAsync(chat.Conversation, None));
        Assert.Contains("专业能力", Assert.Single(await chat.SendAsync("4")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_while_queued_takes_the_customer_back_to_the_survey()
    {
        var chat = Chat("cancel");
        await chat.SendAllAsync("你好", "个人客户", "人工");
        var handoff = (await _store.FindOpenAsync(chat.Conversation, None))!;

        var replies = await chat.SendAsync("取消");

        Assert.Contains("已取消转人工", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("您购买的是哪款产品或服务", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(HandoffStatuses.Cancelled, (await _store.GetAsync(handoff.Id, None))!.Status);
    }

    [Fact]
    public async Task A_queued_customer_survives_a_service_restart_and_is_still_taken_afterwards()
    {
        var chat = Chat("restart");
        await chat.SendAllAsync("你好", "人工");
        var handoff = (await _store.FindOpenAsync(chat.Conversation, None))!;

        Restart();
        var waiting = await chat.SendAsync("还要等多久？");

        Assert.Contains("您仍在排队，当前第 1 位", Assert.Single(waiting).Text, StringComparison.Ordinal);
        Assert.True(await new SqlHandoffStore(_host.Dialect).TakeAsync(handoff.Id, "zhao", "赵", _host.Clock.GetUtcNow(), None));
        Assert.Empty(await chat.SendAsync("你好"));
    }

    private HandoffChat Chat(string id, string locale = "zh-CN") => new(() => _handler, id, locale, _host.Clock, output);

    /// <summary>A new engine and handler over the same database, as after a restart.</summary>
    private void Restart()
    {
        _handler = new HandoffTurnHandler(
            Engine(), new SqlConversationStore(_host.Dialect, _host.Clock), new SqlTurnStore(_host.Dialect, _host.Clock),
            new SqlHandoffStore(_host.Dialect), _queue, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), _host.Clock);
    }

    private SurveyEngine Engine() => new(SurveyTestHost.ShippedSurveys, new RecognizerAnswerInterpreter(), _host.Tagger, _host.Options);

    private HandoffResumer Resumer() => new(Engine(), new SqlConversationStore(_host.Dialect, _host.Clock), new SqlTurnStore(_host.Dialect, _host.Clock), _host.Clock);

    private async Task<Guid> ResponseIdAsync(HandoffChat chat)
    {
        var stored = await new SqlConversationStore(_host.Dialect, _host.Clock).LoadStateAsync(chat.Conversation, None);
        var state = AfterSalesBot.Dialogs.Surveys.State.ConversationStateJson.Parse(stored!.Document);
        return state.Survey?.ResponseId ?? state.Finished!.ResponseId;
    }
}
