using AfterSalesBot.TextAnalysis.Classification.Tagging;
using AfterSalesBot.TextAnalysis.Phrases;

namespace AfterSalesBot.TextAnalysis.Tests.Phrases;

public class TopProblemsAnalyzerTests
{
    private static TaggedComment C(string text, string category, double p = 0.9, string sentiment = "negative") =>
        new(text, new CommentTagResult(category, p, [new LabelScore(category, p)], sentiment, 0.9, sentiment == "negative" ? -0.8 : 0.8, "angry", 0.7, "tagger-test"));

    private static List<TaggedComment> Sample() =>
    [
        C("快递三天了还没到", "logistics_delay"),
        C("快递一周还没到，急用", "logistics_delay", 0.95),
        C("等了五天快递还没到", "logistics_delay", 0.6),
        C("物流太慢，快递还没到", "logistics_delay", 0.8),
        C("客服一直不回消息", "slow_response"),
        C("打了三次电话，客服一直不回", "slow_response", 0.7),
        C("退款还没到账", "price_refund"),
        C("师傅很专业，谢谢", "praise", 0.99, "positive"),
        C("师傅很耐心，谢谢", "praise", 0.99, "positive"),
        C("师傅服务好，谢谢", "praise", 0.99, "positive"),
        C("the parcel never arrived, parcel lost", "logistics_delay", 0.7),
    ];

    [Fact]
    public void Problems_are_ranked_by_count_and_praise_is_not_a_problem()
    {
        var report = TopProblemsAnalyzer.Analyze(Sample());
        Assert.Equal(11, report.CommentCount);
        Assert.Equal(["logistics_delay", "slow_response", "price_refund"], report.Problems.Select(p => p.Category));
        Assert.Equal(5, report.Problems[0].Count);
        Assert.Equal(5.0 / 11, report.Problems[0].Share, 6);
    }

    [Fact]
    public void Typical_cases_are_the_most_confident_comments_of_the_category()
    {
        var cases = TopProblemsAnalyzer.Analyze(Sample(), new TopProblemsOptions { CasesPerProblem = 2 }).Problems[0].TypicalCases;
        Assert.Equal(["快递一周还没到，急用", "快递三天了还没到"], cases);
    }

    [Fact]
    public void Key_phrases_are_what_sets_the_category_apart()
    {
        var report = TopProblemsAnalyzer.Analyze(Sample());
        var logistics = report.Problems[0].KeyPhrases.Select(p => p.Text).ToList();
        Assert.Contains(logistics, p => p.Contains("没到", StringComparison.Ordinal));
        Assert.DoesNotContain(logistics, p => p.Contains("谢谢", StringComparison.Ordinal));
        var slow = report.Problems[1].KeyPhrases.Select(p => p.Text).ToList();
        Assert.Contains(slow, p => p.Contains("不回", StringComparison.Ordinal));
    }

    [Fact]
    public void English_phrases_skip_function_words()
    {
        var comments = new List<TaggedComment>
        {
            C("the parcel never arrived", "logistics_delay"),
            C("my parcel never arrived at all", "logistics_delay"),
            C("refund is still missing", "price_refund"),
            C("where is the refund", "price_refund"),
        };
        var phrases = TopProblemsAnalyzer.Analyze(comments).Problems.First(p => p.Category == "logistics_delay").KeyPhrases;
        Assert.Contains(phrases, p => p.Text == "parcel never arrived");
        Assert.DoesNotContain(phrases, p => p.Text.StartsWith("the ", StringComparison.Ordinal));
    }
}
