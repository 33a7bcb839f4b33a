using AfterSalesBot.TextAnalysis.Recognizers.Numbers;

namespace AfterSalesBot.TextAnalysis.Recognizers.Dates;

/// <summary>
/// English dates: "yesterday", "the day before yesterday", "last tuesday", "next friday", "Friday",
/// "last month", "this week", "3 days ago", "two months ago", "in 2 weeks", "May 1st", "1st of May 2024",
/// "Dec. 31, 1994", "april 2017", "march", "year 2008".
/// </summary>
internal sealed partial class EnglishDateParser(string s, List<WordSpan> words, DateOnly reference)
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, int> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = 1, ["mon"] = 1, ["tuesday"] = 2, ["tues"] = 2, ["tue"] = 2, ["wednesday"] = 3, ["wed"] = 3, ["thursday"] = 4,
        ["thurs"] = 4, ["thur"] = 4, ["thu"] = 4, ["friday"] = 5, ["fri"] = 5, ["saturday"] = 6, ["sat"] = 6, ["sunday"] = 7,
    };

    private static readonly (string[] Words, int Month, int Day)[] Holidays =
    [
        (["christmas", "eve"], 12, 24), (["christmas"], 12, 25), (["xmas"], 12, 25), (["new", "year's", "day"], 1, 1),
        (["new", "years", "day"], 1, 1), (["valentine's", "day"], 2, 14), (["valentines", "day"], 2, 14), (["halloween"], 10, 31),
    ];

    private readonly EnglishNumberParser _numbers = new(s, words);

    /// <summary>Parses a date starting at word <paramref name="k"/>.</summary>
    public DateCandidate? Parse(int k)
    {
        var w = words[k].Text;
        var start = words[k].Start;

        switch (w)
        {
            case "today" or "tonight":
                return DateMath.Day(start, words[k].End, reference);
            case "yesterday":
                return DateMath.Day(start, words[k].End, reference.AddDays(-1));
            case "tomorrow":
                return DateMath.Day(start, words[k].End, reference.AddDays(1));
            default:
                break;
        }

        if (Phrase(k, "the", "day", "before", "yesterday") is { } e1 || Phrase(k, "day", "before", "yesterday") is { } e2 && (e1 = e2) > 0)
        {
            return DateMath.Day(start, e1, reference.AddDays(-2));
        }

        if (Phrase(k, "the", "day", "after", "tomorrow") is { } e3 || Phrase(k, "day", "after", "tomorrow") is { } e4 && (e3 = e4) > 0)
        {
            return DateMath.Day(start, e3, reference.AddDays(2));
        }

        foreach (var (phrase, month, dayOfMonth) in Holidays)
        {
            if (Phrase(k, phrase) is { } he)
            {
                return DateMath.MonthDay(start, he, month, dayOfMonth, reference);
            }
        }

        if (Phrase(k, "the", "day", "before") is { } e5)
        {
            return DateMath.Day(start, e5, reference.AddDays(-1));
        }

        return Relative(k) ?? Ago(k) ?? DayFirst(k) ?? MonthFirst(k) ?? YearWord(k);
    }

    /// <summary>"last tuesday", "this upcoming friday", "next week", "last month", "this year", "friday".</summary>
    private DateCandidate? Relative(int k)
    {
        var start = words[k].Start;
        var w = words[k].Text;
        int? offset = w switch
        {
            "last" or "previous" or "past" => -1,
            "this" or "current" => 0,
            "next" or "following" => 1,
            "coming" or "upcoming" => 100,
            _ => null,
        };
        var j = k;
        if (offset is not null)
        {
            j = k + 1;
            if (offset == 0 && j < words.Count && words[j].Text is "upcoming" or "coming")
            {
                offset = 100;
                j++;
            }

            if (j >= words.Count || !Near(j - 1, j))
            {
                return null;
            }
        }

        var t = words[j].Text;
        if (Weekdays.TryGetValue(t, out var day) && (t.Length > 3 || day != 7))
        {
            var end = words[j].End;
            return offset switch
            {
                null => DateMath.WeekdayOpen(start, end, day, reference),
                100 => DateMath.Day(start, end, reference.AddDays(((day - DateMath.IsoDay(reference) + 6) % 7) + 1)),
                { } o => DateMath.WeekdayInWeek(start, end, day, o, reference),
            };
        }

        if (offset is { } off and not 100)
        {
            switch (t)
            {
                case "week":
                    return DateMath.Week(start, words[j].End, reference.AddDays(7 * off));
                case "month":
                    var m = reference.AddMonths(off);
                    return DateMath.Month(start, words[j].End, m.Year, m.Month);
                case "year":
                    return DateMath.Year(start, words[j].End, reference.Year + off);
                default:
                    break;
            }
        }

        return null;
    }

    /// <summary>"3 days ago", "two months ago", "a week ago", "in 2 weeks", "two days from today".</summary>
    private DateCandidate? Ago(int k)
    {
        var start = words[k].Start;
        var j = k;
        var future = false;
        if (words[k].Text == "in" && k + 1 < words.Count)
        {
            future = true;
            j = k + 1;
        }

        int amount;
        int unitWord;
        var numberStart = words[j].Start;
        if (words[j].Text is "couple" or "a" && (Phrase(j, "a", "couple") is not null || words[j].Text == "couple"))
        {
            amount = 2;
            unitWord = j + (words[j].Text == "a" ? 2 : 1);
            if (unitWord < words.Count && words[unitWord].Text == "of")
            {
                unitWord++;
            }
        }
        else if (words[j].Text is "a" or "an" or "one" && j + 1 < words.Count && Near(j, j + 1))
        {
            amount = 1;
            unitWord = j + 1;
        }
        else if (_numbers.ParseCardinal(j) is { } card && card.Value is >= 1 and <= 100)
        {
            amount = (int)card.Value;
            unitWord = card.Next;
        }
        else if (DigitsBefore(j) is { } digits)
        {
            (amount, numberStart) = digits;
            unitWord = j;
            start = future ? start : numberStart;
        }
        else
        {
            return null;
        }

        if (unitWord >= words.Count)
        {
            return null;
        }

        var unit = words[unitWord].Text switch
        {
            "day" or "days" => 'D',
            "week" or "weeks" => 'W',
            "month" or "months" => 'M',
            "year" or "years" => 'Y',
            _ => '\0',
        };
        if (unit == '\0')
        {
            return null;
        }

        if (future)
        {
            return DateMath.Shift(reference, unit, amount) is { } later ? DateMath.Day(start, words[unitWord].End, later) : null;
        }

        if (Phrase(unitWord + 1, "ago") is { } agoEnd)
        {
            return DateMath.Shift(reference, unit, -amount) is { } earlier ? DateMath.Day(Math.Min(start, numberStart), agoEnd, earlier) : null;
        }

        if (Phrase(unitWord + 1, "from", "today") is { } fromEnd || Phrase(unitWord + 1, "from", "now") is { } nowEnd && (fromEnd = nowEnd) > 0
            || Phrase(unitWord + 1, "after", "today") is { } afterEnd && (fromEnd = afterEnd) > 0)
        {
            return DateMath.Shift(reference, unit, amount) is { } ahead ? DateMath.Day(Math.Min(start, numberStart), fromEnd, ahead) : null;
        }

        return null;
    }

    private (int Value, int Start)? DigitsBefore(int j)
    {
        // "3 days ago": the number is digits just before the unit word.
        var p = words[j].Start - 1;
        while (p >= 0 && s[p] == ' ')
        {
            p--;
        }

        var end = p + 1;
        while (p >= 0 && TextFolding.IsAsciiDigit(s[p]) && end - p <= 3)
        {
            p--;
        }

        var st = p + 1;
        return st < end && end < words[j].Start && (st == 0 || !TextFolding.IsAsciiLetter(s[st - 1]))
            ? (int.Parse(s[st..end], System.Globalization.CultureInfo.InvariantCulture), st)
            : null;
    }
}
