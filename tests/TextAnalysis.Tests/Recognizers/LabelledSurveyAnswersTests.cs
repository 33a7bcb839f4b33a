using System.Globalization;
using AfterSalesBot.TextAnalysis.Recognizers;
using Xunit.Abstractions;

namespace AfterSalesBot.TextAnalysis.Tests.Recognizers;

/// <summary>
/// Runs the team's labelled set of survey answers (Data/survey-answers.tsv: kind, culture, text, expected)
/// through the recognizers. Dates are relative to Wednesday 12 June 2024, 10:00 in Beijing.
/// Expected values: a number / yes / no / a date "yyyy-MM-dd" or range "start..end" / an option id
/// ("a+b" for several), "ambiguous" (optionally "ambiguous:3|4" with the candidates) or "none".
/// </summary>
public class LabelledSurveyAnswersTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Reference = new(2024, 6, 12, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly ChoiceOption[] ContactChannels =
    [
        new("phone", ["电话", "打电话", "Phone call", "call", "phone"]),
        new("sms", ["短信", "Text message", "SMS", "text"]),
        new("email", ["邮件", "电子邮件", "Email", "e-mail"]),
        new("wechat", ["微信", "WeChat"]),
        new("nocontact", ["不用联系", "不需要联系", "No contact"]),
    ];

    [Fact]
    public void The_labelled_set_has_at_least_500_rows_in_both_languages()
    {
        var rows = Load();
        Assert.True(rows.Count >= 500, $"only {rows.Count} rows");
        Assert.Contains(rows, r => r.Culture == "zh-CN");
        Assert.Contains(rows, r => r.Culture == "en-US");
        Assert.Contains(rows, r => r.Culture == "mixed");
    }

    [Fact]
    public void At_least_97_percent_of_labelled_survey_answers_are_recognized_correctly()
    {
        var rows = Load();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var actual = Run(row);
            if (!Matches(row.Expected, actual))
            {
                failures.Add($"{row.Kind}\t{row.Culture}\t{row.Text}\texpected {row.Expected}\tgot {actual}");
            }
        }

        foreach (var f in failures)
        {
            output.WriteLine(f);
        }

        var accuracy = 1 - ((double)failures.Count / rows.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count - failures.Count} of {rows.Count} correct ({accuracy:P1})"));
        Assert.True(accuracy >= 0.97, $"{failures.Count} of {rows.Count} wrong:\n{string.Join('\n', failures)}");
    }

    private static string Run(Row row)
    {
        var culture = row.Culture == "mixed" ? "" : row.Culture;
        return row.Kind switch
        {
            "rating5" => Describe(RatingRecognizer.Recognize(row.Text, 1, 5, culture), v => v.ToString(CultureInfo.InvariantCulture)),
            "nps" => Describe(RatingRecognizer.Recognize(row.Text, 0, 10, culture), v => v.ToString(CultureInfo.InvariantCulture)),
            "yesno" => Describe(YesNoRecognizer.Recognize(row.Text, culture), v => v ? "yes" : "no"),
            "date" => Describe(DateRecognizer.Recognize(row.Text, Reference, culture), v => v.ToString()),
            "phonetail" => Describe(PhoneTailRecognizer.Recognize(row.Text), v => v),
            "choice" => Describe(ChoiceRecognizer.Recognize(row.Text, ContactChannels, culture), v => v),
            "multichoice" => Describe(ChoiceRecognizer.RecognizeMany(row.Text, ContactChannels, culture), v => string.Join('+', v)),
            _ => throw new InvalidOperationException($"Unknown kind '{row.Kind}' in the labelled set."),
        };
    }

    private static string Describe<T>(Recognition<T> r, Func<T, string> format) => r.Status switch
    {
        RecognitionStatus.Recognized => format(r.Value!),
        RecognitionStatus.Ambiguous => "ambiguous:" + string.Join('|', r.Candidates.Select(format)),
        _ => "none",
    };

    private static bool Matches(string expected, string actual) =>
        expected == actual || (expected == "ambiguous" && actual.StartsWith("ambiguous", StringComparison.Ordinal));

    private static List<Row> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Recognizers", "Data", "survey-answers.tsv");
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            Assert.True(cells.Length == 4, $"bad row: {line}");
            rows.Add(new Row(cells[0], cells[1], cells[2], cells[3]));
        }

        return rows;
    }

    private sealed record Row(string Kind, string Culture, string Text, string Expected);
}
