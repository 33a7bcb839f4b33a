using AfterSalesBot.TextAnalysis.Recognizers.Dates;
using AfterSalesBot.TextAnalysis.Recognizers.Numbers;

namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>
/// Reads dates relative to a reference time: "上周二", "三个月前", "2024年5月1日", "5月1号", "前天", "2023.5.1",
/// "yesterday", "last month", "May 1st", "last tuesday", "3 days ago". Year-less dates ("5月1号", "Friday")
/// have two readings; <see cref="Recognize"/> takes the last one on or before the reference, because survey
/// questions ask about things that happened (a purchase, a delivery).
/// </summary>
public static class DateRecognizer
{
    /// <summary>Recognizes one date or period; two different dates in one answer are ambiguous.</summary>
    public static Recognition<DateSpan> Recognize(string text, DateTimeOffset reference, string culture)
    {
        var matches = Find(text, reference, culture);
        if (matches.Count == 0)
        {
            return Recognition<DateSpan>.None;
        }

        var chosen = matches.Select(m => m.Values[0]).Distinct().ToList();
        if (chosen.Count > 1)
        {
            return Recognition<DateSpan>.Ambiguous(chosen);
        }

        return Recognition<DateSpan>.Recognized(chosen[0], matches[0].Text);
    }

    private static readonly string[] LongDateWords =
    [
        "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "august", "september", "october", "november", "december", "christmas",
    ];

    /// <summary>"yesterdy", "wendesday", "febuary": one slip in a long date word is read as the word.</summary>
    private static List<WordSpan> CorrectTypos(List<WordSpan> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (w.Text.Length < 6 || Array.IndexOf(LongDateWords, w.Text) >= 0)
            {
                continue;
            }

            foreach (var known in LongDateWords)
            {
                if (EditDistance.Bounded(w.Text, known, 1) <= 1)
                {
                    words[k] = w with { Text = known };
                    break;
                }
            }
        }

        return words;
    }

    /// <summary>Every date or period in <paramref name="text"/>, left to right, without overlaps.</summary>
    public static IReadOnlyList<DateMatch> Find(string text, DateTimeOffset reference, string culture)
    {
        var original = TextFolding.Truncate(text);
        var folded = TextFolding.Fold(original);
        var today = DateOnly.FromDateTime(reference.DateTime);
        if (today.Year is < 100 or > 9900)
        {
            // Relative arithmetic near the ends of the calendar would overflow; no survey runs there.
            return [];
        }

        var languages = LanguagesExtensions.FromCulture(culture);
        var words = CorrectTypos(WordSpan.Split(folded));
        var zh = new ChineseDateParser(folded, original, today);
        var en = new EnglishDateParser(folded, words, today);

        var candidates = new List<DateCandidate>();
        var w = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (NumericDateParser.Parse(folded, i, today, languages) is { } numeric)
            {
                candidates.Add(numeric);
            }

            if (TextFolding.IsCjk(folded[i]) || TextFolding.IsAsciiDigit(folded[i]))
            {
                if (zh.Parse(i) is { } c)
                {
                    candidates.Add(c);
                }
            }

            while (w < words.Count && words[w].Start < i)
            {
                w++;
            }

            if (w < words.Count && words[w].Start == i && en.Parse(w) is { } e)
            {
                candidates.Add(e);
            }
        }

        // Longest first at each start, then left to right without overlaps.
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var result = new List<DateMatch>();
        var taken = 0;
        foreach (var c in candidates)
        {
            if (c.Start < taken || c.Length <= 0)
            {
                continue;
            }

            // A longer candidate starting a little later may cover this one ("in 2 weeks" vs "2").
            if (candidates.Exists(o => o.Start > c.Start && o.Start < c.End && o.End > c.End))
            {
                var longer = candidates.First(o => o.Start > c.Start && o.Start < c.End && o.End > c.End);
                if (longer.Length > c.Length)
                {
                    continue;
                }
            }

            result.Add(new DateMatch(original[c.Start..c.End], c.Start, c.End - 1, c.IsRange, c.Timex, c.Values, c.ExplicitEnd));
            taken = c.End;
        }

        return result;
    }
}
