using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Tests.Surveys.Support;
using Xunit.Abstractions;

namespace AfterSalesBot.Dialogs.Tests.Surveys;

/// <summary>Every question kind, answered the way customers answer, through the "all-kinds" test survey on real storage.</summary>
public sealed class QuestionKindConversationTests(ITestOutputHelper output) : IAsyncLifetime
{
    // A usable answer to each question of the all-kinds survey, in order: replaying them reaches any question.
    private static readonly (string Question, string Answer)[] Path =
    [
        ("single", "1"), ("multiple", "1"), ("rating", "5"), ("nps", "9"), ("ces", "5"), ("yesno", "是"),
        ("short", "空调"), ("open", "没意见"), ("date", "昨天"), ("phone", "1234"),
    ];

    private SurveyTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SurveyTestHost.StartAsync(new SurveyEngineOptions { DefaultSurveyId = "all-kinds" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string, string, string> Answers => new()
    {
        // question, locale, what the customer types, the stored value
        { "single", "zh-CN", "质量", "quality" },
        { "single", "zh-CN", "2", "quality" },
        { "single", "en-US", "the third one", "delivery" },
        { "single", "en-US", "Price", "price" },
        { "multiple", "zh-CN", "价格和物流", "price|delivery" },
        { "multiple", "en-US", "1, 3", "price|delivery" },
        { "rating", "zh-CN", "四分", "4" },
        { "rating", "zh-CN", "非常满意", "5" },
        { "rating", "zh-CN", "４", "4" },
        { "rating", "en-US", "four out of five", "4" },
        { "rating", "en-US", "terrible", "1" },
        { "nps", "zh-CN", "9分", "9" },
        { "nps", "en-US", "10", "10" },
        { "nps", "zh-CN", "零", "0" },
        { "ces", "zh-CN", "6", "6" },
        { "yesno", "zh-CN", "好的", "true" },
        { "yesno", "zh-CN", "不用了", "false" },
        { "yesno", "en-US", "nope", "false" },
        { "yesno", "en-US", "sure", "true" },
        { "short", "zh-CN", "格力空调 KFR-35GW", "格力空调 KFR-35GW" },
        { "open", "en-US", "  Slow 🐢 but polite  ", "  Slow 🐢 but polite  " },
        { "date", "zh-CN", "2026年2月1日", "2026-02-01" },
        { "date", "en-US", "yesterday", "2026-03-01" },
        { "date", "zh-CN", "上周二", "2026-02-24" },
        { "phone", "zh-CN", "尾号1234", "1234" },
        { "phone", "en-US", "138 0013 8000", "8000" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Each_question_kind_stores_the_typed_answer(string questionId, string locale, string text, string stored)
    {
        var chat = _host.Chat($"{questionId}-{Math.Abs(text.GetHashCode(StringComparison.Ordinal))}", locale, output);
        await ReachAsync(chat, questionId);

        await chat.SendAsync(text);

        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        var answer = Assert.Single(response!.Answers, a => a.QuestionId == questionId);
        Assert.Equal(stored, answer.Value.ToString());
        Assert.Equal(text, answer.RawText);
    }

    [Theory]
    [InlineData("rating", "zh-CN", "3或4", "3、4")]
    [InlineData("rating", "en-US", "3 or 4", "3, 4")]
    [InlineData("rating", "zh-CN", "8", "1-5")]
    [InlineData("rating", "zh-CN", "蓝色的那个", "没看懂")]
    [InlineData("multiple", "zh-CN", "全部", "1-2")]
    [InlineData("date", "zh-CN", "明天", "还没到")]
    public async Task Answers_that_cannot_be_used_get_a_reprompt_that_says_why(string questionId, string locale, string text, string explanation)
    {
        var chat = _host.Chat($"reprompt-{questionId}-{Math.Abs(text.GetHashCode(StringComparison.Ordinal))}", locale, output);
        await ReachAsync(chat, questionId);

        var replies = await chat.SendAsync(text);

        var reprompt = Assert.Single(replies);
        Assert.Contains(explanation, reprompt.Text, StringComparison.Ordinal);
        var response = await _host.Responses.GetResponseAsync(chat.ResponseId!.Value, CancellationToken.None);
        Assert.DoesNotContain(response!.Answers, a => a.QuestionId == questionId);
    }

    private static async Task ReachAsync(CustomerChat chat, string questionId)
    {
        await chat.SendAsync("hi");
        foreach (var (id, answer) in Path.TakeWhile(p => p.Question != questionId))
        {
            await chat.SendAsync(answer);
        }
    }
}
