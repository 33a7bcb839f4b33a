using AfterSalesBot.TextAnalysis.Recognizers;

namespace AfterSalesBot.TextAnalysis.Tests.Recognizers;

public class YesNoRecognizerTests
{
    [Theory]
    [InlineData("好的", true)]
    [InlineData("可以", true)]
    [InlineData("愿意", true)]
    [InlineData("没问题", true)]
    [InlineData("好滴", true)]
    [InlineData("sure", true)]
    [InlineData("yes pls", true)]
    [InlineData("ok", true)]
    [InlineData("👌🏿", true)]
    [InlineData("不用了", false)]
    [InlineData("算了", false)]
    [InlineData("不要", false)]
    [InlineData("不可以", false)]
    [InlineData("nope", false)]
    [InlineData("not really", false)]
    [InlineData("it's not ok", false)]
    [InlineData("不好意思，不需要", false)]
    public void Yes_and_no_words_are_recognized(string text, bool expected)
    {
        var r = YesNoRecognizer.Recognize(text, "");
        Assert.Equal(RecognitionStatus.Recognized, r.Status);
        Assert.Equal(expected, r.Value);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("看情况")]
    [InlineData("yes or no")]
    public void Hedges_are_ambiguous(string text)
    {
        Assert.Equal(RecognitionStatus.Ambiguous, YesNoRecognizer.Recognize(text, "").Status);
    }

    [Theory]
    [InlineData("好评")]
    [InlineData("银行")]
    [InlineData("hello")]
    public void Words_that_only_contain_yes_characters_are_not_answers(string text)
    {
        Assert.Equal(RecognitionStatus.NotRecognized, YesNoRecognizer.Recognize(text, "").Status);
    }
}
