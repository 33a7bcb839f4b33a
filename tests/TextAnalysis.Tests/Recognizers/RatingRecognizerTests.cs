using AfterSalesBot.TextAnalysis.Recognizers;

namespace AfterSalesBot.TextAnalysis.Tests.Recognizers;

public class RatingRecognizerTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData("４", 4)]
    [InlineData("四分", 4)]
    [InlineData("嗯 4分吧", 4)]
    [InlineData("给个5星", 5)]
    [InlineData("4⭐", 4)]
    [InlineData("⭐⭐⭐⭐", 4)]
    [InlineData("★★★☆☆", 3)]
    [InlineData("打三分", 3)]
    [InlineData("4/5", 4)]
    [InlineData("four out of five", 4)]
    [InlineData("五星好评", 5)]
    [InlineData("5!!!", 5)]
    [InlineData("meh, 3", 3)]
    public void Rating_in_any_script_is_recognized(string text, int expected)
    {
        var r = RatingRecognizer.Recognize(text, 1, 5, "zh-CN");
        Assert.Equal(RecognitionStatus.Recognized, r.Status);
        Assert.Equal(expected, r.Value);
    }

    [Theory]
    [InlineData("非常满意", 5)]
    [InlineData("还行", 3)]
    [InlineData("一般般", 3)]
    [InlineData("不太满意", 2)]
    [InlineData("不满意", 2)]
    [InlineData("满意", 4)]
    [InlineData("very satisfied", 5)]
    [InlineData("pretty good", 4)]
    [InlineData("terrible", 1)]
    [InlineData("not satisfied", 2)]
    [InlineData("wasn't great", 2)]
    [InlineData("十分满意", 5)]
    [InlineData("😡", 1)]
    [InlineData("上周二买的，还行", 3)]
    [InlineData("3天前收到的，很满意", 5)]
    [InlineData("物流5天才到，还行", 3)]
    [InlineData("took 5 days to arrive, ok", 3)]
    public void Satisfaction_words_map_to_the_five_point_scale(string text, int expected)
    {
        var r = RatingRecognizer.Recognize(text, 1, 5, "en-US");
        Assert.Equal(RecognitionStatus.Recognized, r.Status);
        Assert.Equal(expected, r.Value);
    }

    [Fact]
    public void Satisfaction_words_are_not_read_on_an_nps_scale()
    {
        Assert.Equal(RecognitionStatus.NotRecognized, RatingRecognizer.Recognize("非常满意", 0, 10, "zh-CN").Status);
    }

    [Theory]
    [InlineData("9分", 9)]
    [InlineData("十分", 10)]
    [InlineData("0", 0)]
    [InlineData("8/10", 8)]
    public void Nps_answers_use_the_zero_to_ten_scale(string text, int expected)
    {
        var r = RatingRecognizer.Recognize(text, 0, 10, "zh-CN");
        Assert.Equal(expected, r.Value);
        Assert.True(r.IsRecognized);
    }

    [Theory]
    [InlineData("3 or 4")]
    [InlineData("3到4")]
    [InlineData("3-4")]
    [InlineData("3.5")]
    [InlineData("三四分")]
    public void Two_values_are_a_reprompt_not_a_guess(string text)
    {
        var r = RatingRecognizer.Recognize(text, 1, 5, "");
        Assert.Equal(RecognitionStatus.Ambiguous, r.Status);
        Assert.Equal([3, 4], r.Candidates);
    }

    [Theory]
    [InlineData("6")]
    [InlineData("十分")]
    [InlineData("hello")]
    [InlineData("")]
    public void Out_of_range_or_unrelated_answers_are_not_recognized(string text)
    {
        Assert.Equal(RecognitionStatus.NotRecognized, RatingRecognizer.Recognize(text, 1, 5, "").Status);
    }
}
