using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Dialogs.Tests.Surveys.Support;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Surveys;
using Xunit.Abstractions;

namespace AfterSalesBot.Dialogs.Tests.Surveys;

/// <summary>What survives: restarts, customers coming back later, redelivered activities, and answers of any size.</summary>
public sealed class SurveyDurabilityConversationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private SurveyTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SurveyTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task After_a_service_restart_the_survey_resumes_at_the_same_question()
    {
        var chat = _host.Chat("restart-service", "zh-CN", output);
        await chat.SendAllAsync("你好", "个人", "空调", "跳过", "4");

        _host.Restart();
        var replies = await chat.SendAsync("5");

        Assert.Contains("服务人员的专业能力", replies[0].Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        Assert.Equal([4m, 5m], response!.Answers.Where(a => a.Value.Kind == AnswerKind.Number).Select(a => a.Value.Number!.Value));
    }

    [Fact]
    public async Task A_customer_coming_back_hours_later_is_welcomed_back_to_the_open_question()
    {
        var chat = _host.Chat("hours-later", "en-US", output);
        await chat.SendAllAsync("hello", "business", "dishwasher", "skip");

        _host.Clock.Advance(TimeSpan.FromHours(7));
        _host.Restart();
        var replies = await chat.SendAsync("Hi");
        var next = await chat.SendAsync("pretty good");

        Assert.StartsWith("Welcome back! Let's pick up where we left off:", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("how quickly we responded", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("how thoroughly", next[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_activity_records_one_answer_and_runs_no_second_turn()
    {
        var chat = _host.Chat("redelivery", "zh-CN", output);
        await chat.SendAllAsync("你好", "个人", "空调", "跳过");

        var first = await chat.SendAsync("2", activityId: "channel-activity-42");
        var again = await chat.SendAsync("2", activityId: "channel-activity-42");
        var redelivery = chat.Last!.Commit.Outcome;
        var next = await chat.SendAsync("5");

        Assert.Single(first);
        Assert.Empty(again);
        Assert.Equal(TurnCommitOutcome.DuplicateInbound, redelivery);
        Assert.Contains("服务人员的专业能力", next[0].Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        Assert.Equal(2m, Assert.Single(response!.Answers, a => a.QuestionId == "speed").Value.Number);
        Assert.Equal(5m, Assert.Single(response.Answers, a => a.QuestionId == "resolution").Value.Number);
    }

    [Fact]
    public async Task A_ten_thousand_character_comment_is_asked_to_be_shortened_and_nothing_is_stored()
    {
        var chat = _host.Chat("long", "zh-CN", output);
        await chat.SendAllAsync("你好", "个人", "空调", "跳过", "4", "4", "4", "4", "4");
        var essay = string.Concat(Enumerable.Repeat("等了很久没有人来修，", 1000));

        var replies = await chat.SendAsync(essay);

        Assert.Equal(10_000, new System.Globalization.StringInfo(essay).LengthInTextElements);
        Assert.StartsWith("您的回答有 10000 个字，超过了 200 字的上限", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("您对哪一点最不满意", replies[0].Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        Assert.DoesNotContain(response!.Answers, a => a.QuestionId == "leastSatisfied");
    }

    [Fact]
    public async Task A_ten_thousand_character_answer_to_a_rating_is_reprompted_in_bounded_time()
    {
        var chat = _host.Chat("long-rating", "en-US", output);
        await chat.SendAllAsync("hello", "1", "tv", "skip");
        var noise = string.Concat(Enumerable.Repeat("3 or 4 ", 1430))[..10_000];

        var replies = await chat.SendAsync(noise);

        Assert.Single(replies);
        Assert.Contains("how quickly we responded", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(TurnStatus.Waiting, chat.Last!.Result!.Status);
    }

    [Theory]
    [InlineData("😡😡😡")]
    [InlineData("👍")]
    [InlineData("🙏🏻✨")]
    public async Task Emoji_only_comments_are_stored_verbatim(string emoji)
    {
        var chat = _host.Chat($"emoji-{Math.Abs(emoji.GetHashCode(StringComparison.Ordinal))}", "zh-CN", output);
        await chat.SendAllAsync("你好", "个人", "空调", "跳过", "5", "5", "5", "5", "5");

        var replies = await chat.SendAsync(emoji);

        Assert.Contains("改进建议", replies[0].Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        var answer = Assert.Single(response!.Answers, a => a.QuestionId == "leastSatisfied");
        Assert.Equal(emoji, answer.Value.Text);
        Assert.Equal((emoji, (string?)null), await _host.CommentForAsync(answer.Id));
    }
}
