using AfterSalesBot.TextAnalysis.Recognizers;

namespace AfterSalesBot.TextAnalysis.Tests.Recognizers;

public class NumberRecognizerTests
{
    [Theory]
    [InlineData("一千零一", 1001)]
    [InlineData("两百", 200)]
    [InlineData("十", 10)]
    [InlineData("肆佰陆拾", 460)]
    [InlineData("5万4千", 54000)]
    [InlineData("一千陆", 1600)]
    [InlineData("零点五", 0.5)]
    [InlineData("五分之一", 0.2)]
    [InlineData("１２３", 123)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("one hundred and sixteen", 116)]
    [InlineData("two thirds", 2.0 / 3)]
    [InlineData("3/4", 0.75)]
    public void A_single_number_is_read(string text, double expected)
    {
        var m = Assert.Single(NumberRecognizer.Find(text, ""));
        Assert.Equal(expected, m.Value, 9);
        Assert.Equal(0, m.Start);
        Assert.Equal(text.Length - 1, m.End);
    }

    [Theory]
    [InlineData("一般")]
    [InlineData("我家在四川")]
    [InlineData("the 180.25ml liquid")]
    [InlineData("Which one do you prefer?")]
    public void Words_that_contain_numerals_are_not_numbers(string text)
    {
        Assert.Empty(NumberRecognizer.Find(text, ""));
    }

    [Theory]
    [InlineData("第三", 3L)]
    [InlineData("第２５０", 250L)]
    [InlineData("21st", 21L)]
    [InlineData("twenty-first", 21L)]
    public void Ordinals_are_read(string text, long expected)
    {
        Assert.Equal(expected, Assert.Single(OrdinalRecognizer.Find(text, "")).Offset);
    }
}
