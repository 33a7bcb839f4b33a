using AfterSalesBot.TextAnalysis.Recognizers;

namespace AfterSalesBot.TextAnalysis.Tests.Recognizers;

public class PhoneTailAndChoiceTests
{
    private static readonly ChoiceOption[] Channels =
    [
        new("phone", ["电话", "Phone call", "打电话"]),
        new("sms", ["短信", "Text message", "SMS"]),
        new("email", ["邮件", "Email", "电子邮件"]),
    ];

    [Theory]
    [InlineData("尾号1234", "1234")]
    [InlineData("138-0013-8000", "8000")]
    [InlineData("+86 138 0013 8000", "8000")]
    [InlineData("my number ends in 5678", "5678")]
    [InlineData("幺三五七", "1357")]
    public void Phone_tails_are_read(string text, string expected)
    {
        var r = PhoneTailRecognizer.Recognize(text);
        Assert.Equal(expected, r.Value);
    }

    [Theory]
    [InlineData("abcd")]
    [InlineData("123")]
    [InlineData("4111 1111 1111 1111 1")]
    public void Phone_tails_refuse_letters_short_and_card_like_input(string text)
    {
        Assert.Equal(RecognitionStatus.NotRecognized, PhoneTailRecognizer.Recognize(text).Status);
    }

    [Theory]
    [InlineData("电话", "phone")]
    [InlineData("短信吧", "sms")]
    [InlineData("EMAIL", "email")]
    [InlineData("emial", "email")]
    [InlineData("2", "sms")]
    [InlineData("选3", "email")]
    [InlineData("第一个", "phone")]
    [InlineData("the last one", "email")]
    [InlineData("B", "sms")]
    public void Choices_match_labels_numbers_and_positions(string text, string expected)
    {
        var r = ChoiceRecognizer.Recognize(text, Channels, "");
        Assert.Equal(RecognitionStatus.Recognized, r.Status);
        Assert.Equal(expected, r.Value);
    }

    [Fact]
    public void Two_options_matched_equally_are_ambiguous()
    {
        var r = ChoiceRecognizer.Recognize("电话或者短信", Channels, "zh-CN");
        Assert.Equal(RecognitionStatus.Ambiguous, r.Status);
    }

    [Theory]
    [InlineData("1和3", new[] { "phone", "email" })]
    [InlineData("A, C", new[] { "phone", "email" })]
    [InlineData("短信、邮件", new[] { "sms", "email" })]
    public void Several_choices_are_read_in_option_order(string text, string[] expected)
    {
        var r = ChoiceRecognizer.RecognizeMany(text, Channels, "");
        Assert.Equal(RecognitionStatus.Recognized, r.Status);
        Assert.Equal(expected, r.Value);
    }
}
