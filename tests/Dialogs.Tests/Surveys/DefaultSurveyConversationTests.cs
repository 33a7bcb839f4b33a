using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Dialogs.Tests.Surveys.Support;
using AfterSalesBot.Domain.Surveys;
using Xunit.Abstractions;

namespace AfterSalesBot.Dialogs.Tests.Surveys;

/// <summary>The default after-sales survey end to end, through the real engine and the real SQLite stores.</summary>
public sealed class DefaultSurveyConversationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private SurveyTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SurveyTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string[], string[]> Transcripts => new()
    {
        {
            "zh-CN",
            ["你好", "个人客户", "格力空调 KFR-35GW", "跳过", "4", "2", "5", "3", "4", "上门太慢了，等了三天才有人来", "希望缩短上门时间，提前告知延迟原因", "是"],
            ["您是个人客户还是企业客户", "您购买的是哪款产品或服务", "是哪位售后人员", "响应的速度", "解决的彻底程度", "专业能力", "沟通说明",
             "售后流程的便捷程度", "最不满意", "改进建议", "主管给您回个电话", "感谢您的反馈"]
        },
        {
            "en-US",
            ["hello", "Individual", "air conditioner KFR-35GW", "skip", "4", "2", "5", "3", "4", "The engineer came three days late", "Tell customers about delays in advance", "yes"],
            ["individual or a business customer", "Which product or service", "Which after-sales person", "how quickly we responded", "how thoroughly",
             "professional competence", "how clearly", "how convenient", "least satisfied", "improvements would you suggest", "supervisor call you back", "Thank you for your feedback"]
        },
    };

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Customer_completes_the_default_survey_and_every_answer_is_stored(string locale, string[] messages, string[] expectedQuestions)
    {
        var chat = _host.Chat($"full-{locale}", locale, output);

        for (var i = 0; i < messages.Length; i++)
        {
            var replies = await chat.SendAsync(messages[i]);
            Assert.Contains(replies, r => r.Text!.Contains(expectedQuestions[i], StringComparison.Ordinal));
        }

        Assert.Equal(TurnStatus.Complete, chat.Last!.Result!.Status);
        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        Assert.NotNull(response);
        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.True(response.Finished);
        Assert.Equal(("aftersales-default", 1, locale, "test"), (response.SurveyId, response.SurveyVersion, response.Locale, response.ChannelId));
        var answers = response.Answers.ToDictionary(a => a.QuestionId);
        Assert.Equal("individual", answers["customerType"].Value.Text);
        Assert.Equal(messages[2], answers["product"].Value.Text);
        Assert.Equal(AnswerKind.Skipped, answers["staff"].Value.Kind);
        Assert.Equal([4m, 2m, 5m, 3m, 4m], new[] { "speed", "resolution", "professionalism", "communication", "convenience" }.Select(q => answers[q].Value.Number!.Value));
        Assert.Equal(messages[9], answers["leastSatisfied"].Value.Text);
        Assert.Equal(messages[9], answers["leastSatisfied"].RawText);
        Assert.Equal("true", answers["callback"].Value.Text);
        Assert.Equal(11, answers.Count);
        // The comment after ratings 4, 2, 5, 3, 4 is tagged with the lowest of them as the classifier's prior.
        Assert.Equal(2, Assert.IsType<RecordedCommentTagger>(_host.Tagger).RatingsSeen[messages[9]]);

        var comment = await _host.CommentForAsync(answers["leastSatisfied"].Id);
        Assert.Equal((messages[9], "negative"), comment);
    }

    [Fact]
    public async Task Greeting_then_first_question_is_the_first_thing_a_new_customer_sees()
    {
        var chat = _host.Chat("greeting", "zh-CN", output);

        var replies = await chat.SendAsync("你好");

        Assert.Equal(2, replies.Count);
        Assert.StartsWith("您好", replies[0].Text, StringComparison.Ordinal);
        Assert.Null(replies[0].SuggestedActions);
        Assert.Contains("您是个人客户还是企业客户", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(["个人客户", "企业客户"], replies[1].SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(["个人客户", "企业客户"], replies[1].SuggestedActions!.Actions.Select(a => a.Value!.GetValue<string>()));
        Assert.Contains("1. 个人客户", replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Joining_the_chat_starts_the_survey_before_the_customer_types()
    {
        var chat = _host.Chat("join", "en-US", output);

        var replies = await chat.JoinAsync();
        var afterHello = await chat.SendAsync("hi");

        Assert.Contains("individual or a business customer", replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains(afterHello, r => r.Text!.StartsWith("Welcome back", StringComparison.Ordinal));
        Assert.Equal(0, chat.Last!.Result!.State.Survey!.Retries);
    }

    [Theory]
    [InlineData(new[] { 5, 5, 5, 4, 5 }, false)]
    [InlineData(new[] { 4, 4, 4, 4, 4 }, false)]
    [InlineData(new[] { 5, 5, 3, 5, 5 }, true)]
    [InlineData(new[] { 1, 2, 1, 2, 1 }, true)]
    public async Task Call_back_question_is_asked_only_after_a_rating_of_3_or_lower(int[] ratings, bool asked)
    {
        var chat = _host.Chat($"skip-logic-{string.Join("", ratings)}", "zh-CN", output);
        await chat.SendAllAsync("你好", "企业", "洗衣机", "王师傅");
        foreach (var rating in ratings)
        {
            await chat.SendAsync(rating.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await chat.SendAsync("没有");
        var replies = await chat.SendAsync("没有");

        Assert.Equal(asked, replies.Any(r => r.Text!.Contains("主管给您回个电话", StringComparison.Ordinal)));
        Assert.Equal(asked ? TurnStatus.Waiting : TurnStatus.Complete, chat.Last!.Result!.Status);
    }
}
