using AfterSalesBot.TextAnalysis.Recognizers;

namespace AfterSalesBot.TextAnalysis.Tests.Recognizers;

public class DateRecognizerTests
{
    /// <summary>Wednesday 12 June 2024, 10:00 Beijing time.</summary>
    private static readonly DateTimeOffset Reference = new(2024, 6, 12, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("上周二", "2024-06-04")]
    [InlineData("三个月前", "2024-03-12")]
    [InlineData("2024年5月1日", "2024-05-01")]
    [InlineData("5月1号", "2024-05-01")]
    [InlineData("前天", "2024-06-10")]
    [InlineData("2023.5.1", "2023-05-01")]
    [InlineData("yesterday", "2024-06-11")]
    [InlineData("May 1st", "2024-05-01")]
    [InlineData("last tuesday", "2024-06-04")]
    [InlineData("3 days ago", "2024-06-09")]
    [InlineData("我是5月1号买的", "2024-05-01")]
    public void Single_days_are_resolved_against_the_reference(string text, string expected)
    {
        var r = DateRecognizer.Recognize(text, Reference, "");
        Assert.Equal(RecognitionStatus.Recognized, r.Status);
        Assert.Equal(DateSpan.Day(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), r.Value);
    }

    [Theory]
    [InlineData("last month", "2024-05-01", "2024-05-31")]
    [InlineData("上个月", "2024-05-01", "2024-05-31")]
    [InlineData("去年", "2023-01-01", "2023-12-31")]
    [InlineData("上周", "2024-06-03", "2024-06-09")]
    public void Periods_are_whole_ranges(string text, string start, string end)
    {
        var r = DateRecognizer.Recognize(text, Reference, "");
        Assert.Equal(new DateSpan(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), r.Value);
    }

    [Fact]
    public void Year_less_dates_take_the_past_occurrence_but_expose_both()
    {
        var m = Assert.Single(DateRecognizer.Find("12月1日", Reference, "zh-CN"));
        Assert.Equal("XXXX-12-01", m.Timex);
        Assert.Equal([DateSpan.Day(new DateOnly(2023, 12, 1)), DateSpan.Day(new DateOnly(2024, 12, 1))], m.Values);
        Assert.Equal(new DateOnly(2023, 12, 1), DateRecognizer.Recognize("12月1日", Reference, "zh-CN").Value!.Start);
    }

    [Fact]
    public void Two_different_dates_are_ambiguous()
    {
        Assert.Equal(RecognitionStatus.Ambiguous, DateRecognizer.Recognize("5月1号或者5月3号", Reference, "zh-CN").Status);
    }
}
