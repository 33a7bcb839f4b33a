using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Dialogs.Tests.Surveys.Support;
using AfterSalesBot.Domain.Surveys;
using Xunit.Abstractions;

namespace AfterSalesBot.Dialogs.Tests.Surveys;

/// <summary>Steering the survey: re-prompt limits, back, change my answer, skip, restart, stop, help, language, hand-off requests.</summary>
public sealed class SurveyNavigationConversationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private SurveyTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SurveyTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task After_three_unusable_answers_skipping_is_offered_and_then_accepted_for_a_required_question()
    {
        var chat = _host.Chat("limit", "zh-CN", output);
        await chat.SendAllAsync("你好", "个人", "空调", "跳过");

        var first = await chat.SendAsync("紫色");
        var second = await chat.SendAsync("啥意思");
        var third = await chat.SendAsync("蓝色");
        var skipped = await chat.SendAsync("跳过");

        Assert.DoesNotContain("跳过", first[0].Text!.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("跳过", second[0].Text!.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("回复“跳过”先跳过它", third[0].Text, StringComparison.Ordinal);
        Assert.Contains("解决的彻底程度", skipped[0].Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        Assert.Equal(AnswerKind.Skipped, response!.Answers.Single(a => a.QuestionId == "speed").Value.Kind);
    }

    [Theory]
    [InlineData("zh-CN", "跳过", "这道题需要您的回答")]
    [InlineData("en-US", "skip", "This question needs an answer")]
    public async Task Skipping_a_required_question_is_refused_until_the_limit(string locale, string skip, string refusal)
    {
        var chat = _host.Chat($"required-{locale}", locale, output);
        await chat.SendAllAsync("hi", "1", "空调", skip);

        var replies = await chat.SendAsync(skip);

        Assert.StartsWith(refusal, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(1, chat.Last!.Result!.State.Survey!.Retries);
    }

    [Theory]
    [InlineData("zh-CN", "改成3")]
    [InlineData("zh-CN", "把上一题的评分改为一般")]
    [InlineData("en-US", "change my answer to 3")]
    [InlineData("en-US", "Change my previous answer to three")]
    public async Task Change_my_answer_replaces_the_previous_answer_and_stays_on_the_open_question(string locale, string change)
    {
        var chat = _host.Chat($"change-{Math.Abs(change.GetHashCode(StringComparison.Ordinal))}", locale, output);
        await chat.SendAllAsync("hi", "1", "KFR-35GW", locale == "zh-CN" ? "跳过" : "skip", "5");

        var replies = await chat.SendAsync(change);

        var reply = Assert.Single(replies);
        Assert.Contains(locale == "zh-CN" ? "3 一般" : "3 Neutral", reply.Text, StringComparison.Ordinal);
        Assert.Contains(locale == "zh-CN" ? "解决的彻底程度" : "how thoroughly", reply.Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        var speed = Assert.Single(response!.Answers, a => a.QuestionId == "speed");
        Assert.Equal(3m, speed.Value.Number);
    }

    [Fact]
    public async Task Back_returns_to_the_previous_question_shows_the_old_answer_and_then_continues_where_it_was()
    {
        var chat = _host.Chat("back", "en-US", output);
        await chat.SendAllAsync("hi", "business", "washing machine", "skip", "2");

        var back = await chat.SendAsync("back");
        var reanswered = await chat.SendAsync("4");

        Assert.Contains("your answer was: 2 Dissatisfied", back[0].Text, StringComparison.Ordinal);
        Assert.Contains("how quickly we responded", back[0].Text, StringComparison.Ordinal);
        Assert.Contains("how thoroughly", reanswered[0].Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        Assert.Equal(4m, response!.Answers.Single(a => a.QuestionId == "speed").Value.Number);
    }

    [Fact]
    public async Task Back_on_the_first_question_says_so()
    {
        var chat = _host.Chat("back-first", "zh-CN", output);
        await chat.SendAsync("你好");

        var replies = await chat.SendAsync("上一题");

        Assert.StartsWith("这已经是第一题了", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_cancels_the_partial_response_and_starts_a_new_one_from_the_first_question()
    {
        var chat = _host.Chat("restart", "zh-CN", output);
        await chat.SendAllAsync("你好", "个人", "空调");
        var firstResponse = chat.ResponseId!.Value;

        var replies = await chat.SendAsync("重新开始");

        Assert.Contains("我们从头开始", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("您是个人客户还是企业客户", replies[0].Text, StringComparison.Ordinal);
        Assert.NotEqual(firstResponse, chat.ResponseId);
        var old = await _host.Responses.GetResponseAsync(firstResponse, CancellationToken.None);
        Assert.Equal(ResponseStatus.Cancelled, old!.Status);
        Assert.False(old.Finished);
        Assert.Equal(2, old.Answers.Count);
    }

    [Theory]
    [InlineData("zh-CN", "退出", "调查已停止")]
    [InlineData("en-US", "stop", "the survey is stopped")]
    public async Task Stop_ends_the_survey_keeping_the_answers_given(string locale, string stop, string said)
    {
        var chat = _host.Chat($"stop-{locale}", locale, output);
        await chat.SendAllAsync("hi", "1");

        var replies = await chat.SendAsync(stop);
        var afterwards = await chat.SendAsync("4");

        Assert.Contains(said, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(TurnStatus.Cancelled, chat.Last!.Result!.Status);
        Assert.Contains(locale == "zh-CN" ? "重新开始" : "restart", afterwards[0].Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        Assert.Equal(ResponseStatus.Cancelled, response!.Status);
        Assert.Single(response.Answers);
    }

    [Fact]
    public async Task Switching_language_mid_survey_reasks_the_open_question_in_the_new_language_and_keeps_it()
    {
        var chat = _host.Chat("language", "zh-CN", output);
        await chat.SendAllAsync("你好", "个人");

        var english = await chat.SendAsync("English please");
        chat.Locale = "zh-CN";
        var stillEnglish = await chat.SendAsync("Gree air conditioner");
        var chinese = await chat.SendAsync("说中文");

        Assert.Equal("Sure, let's continue in English.", english[0].Text);
        Assert.StartsWith("Which product or service", english[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Which after-sales person", stillEnglish[0].Text, StringComparison.Ordinal);
        Assert.Equal("好的，接下来用中文和您交流。", chinese[0].Text);
        Assert.StartsWith("是哪位售后人员", chinese[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "人工", "还没有开通人工客服转接")]
    [InlineData("en-US", "human", "cannot transfer you to a person yet")]
    [InlineData("zh-CN", "投诉", "还没有开通在线投诉受理")]
    [InlineData("en-US", "complaint", "does not take complaints online yet")]
    [InlineData("zh-CN", "帮助", "一次一个问题")]
    [InlineData("en-US", "help", "one question at a time")]
    public async Task Global_commands_answer_honestly_and_keep_the_question_open(string locale, string command, string said)
    {
        var chat = _host.Chat($"command-{command}", locale, output);
        await chat.SendAllAsync("hi", "1");

        var replies = await chat.SendAsync(command);

        Assert.Contains(replies, r => r.Text!.Contains(said, StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Text!.Contains(locale == "zh-CN" ? "您购买的是哪款产品" : "Which product or service", StringComparison.Ordinal));
        Assert.Equal(TurnStatus.Waiting, chat.Last!.Result!.Status);
    }
}
