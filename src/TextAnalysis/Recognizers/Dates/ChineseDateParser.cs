using AfterSalesBot.TextAnalysis.Recognizers.Numbers;

namespace AfterSalesBot.TextAnalysis.Recognizers.Dates;

/// <summary>
/// Chinese dates: "2024年5月1日", "5月1号", "五月", "2018年十二月", "29日", "今天/昨天/前天/大前天",
/// "上周二", "星期一", "上个月", "去年", "本周", "三个月前", "3天后".
/// </summary>
internal sealed class ChineseDateParser(string s, string original, DateOnly reference)
{
    private static readonly (string Word, int Days)[] RelativeDays =
    [
        ("大前天", -3), ("大后天", 3), ("前天", -2), ("后天", 2), ("昨天", -1), ("昨日", -1), ("昨儿", -1), ("今天", 0), ("今日", 0),
        ("今儿", 0), ("明天", 1), ("明日", 1), ("當天", 0), ("当天", 0), ("後天", 2), ("昨晚", -1), ("今早", 0), ("今晚", 0),
    ];

    private static readonly (string Word, int Years)[] RelativeYears = [("前年", -2), ("去年", -1), ("今年", 0), ("明年", 1), ("后年", 2)];

    private static readonly string[] WeekWords = ["星期", "礼拜", "禮拜", "周", "週"];

    /// <summary>Shopping festivals and holidays with a fixed date, which customers use to date a purchase.</summary>
    private static readonly (string Word, int Month, int Day)[] FixedDays =
    [
        ("双十一", 11, 11), ("双11", 11, 11), ("双十二", 12, 12), ("双12", 12, 12), ("六一八", 6, 18), ("618", 6, 18),
        ("元旦", 1, 1), ("国庆节", 10, 1), ("国庆", 10, 1), ("圣诞节", 12, 25), ("圣诞", 12, 25), ("情人节", 2, 14),
        ("劳动节", 5, 1), ("儿童节", 6, 1), ("平安夜", 12, 24),
    ];

    private readonly ChineseNumberParser _numbers = new(s, original, rejectLetterSuffix: false);

    public DateCandidate? Parse(int i)
    {
        foreach (var (word, days) in RelativeDays)
        {
            if (At(i, word))
            {
                return DateMath.Day(i, i + word.Length, reference.AddDays(days));
            }
        }

        foreach (var (word, years) in RelativeYears)
        {
            if (At(i, word))
            {
                var y = reference.Year + years;
                return FixedDay(i + word.Length, i, y) ?? Absolute(i + word.Length, i, y) ?? DateMath.Year(i, i + word.Length, y);
            }
        }

        return FixedDay(i, i, null) ?? RelativeWeekOrMonth(i) ?? Ago(i) ?? Absolute(i, i, null);
    }

    /// <summary>"双十一", "去年618", "元旦".</summary>
    private DateCandidate? FixedDay(int p, int matchStart, int? year)
    {
        foreach (var (word, month, day) in FixedDays)
        {
            if (!At(p, word) || (TextFolding.IsAsciiDigit(word[0]) && ((p > 0 && TextFolding.IsAsciiDigit(s[p - 1])) || (p + word.Length < s.Length && TextFolding.IsAsciiDigit(s[p + word.Length])))))
            {
                continue;
            }

            var end = p + word.Length;
            return year is { } y ? DateMath.FullDate(matchStart, end, y, month, day) : DateMath.MonthDay(matchStart, end, month, day, reference);
        }

        return null;
    }

    /// <summary>"上周二", "下下周", "这个月", "上个星期", "本周日", "星期一".</summary>
    private DateCandidate? RelativeWeekOrMonth(int i)
    {
        var p = i;
        var offset = 0;
        var hasOffset = true;
        if (At(p, "上上")) { offset = -2; p += 2; }
        else if (At(p, "下下")) { offset = 2; p += 2; }
        else if (At(p, "上")) { offset = -1; p += 1; }
        else if (At(p, "下")) { offset = 1; p += 1; }
        else if (At(p, "这") || At(p, "本") || At(p, "這")) { p += 1; }
        else { hasOffset = false; }

        if (hasOffset && (At(p, "个") || At(p, "個")))
        {
            p++;
        }

        if (hasOffset && At(p, "月"))
        {
            var m = reference.AddMonths(offset);
            return DateMath.Month(i, p + 1, m.Year, m.Month);
        }

        foreach (var w in WeekWords)
        {
            if (!At(p, w))
            {
                continue;
            }

            var q = p + w.Length;
            var day = q < s.Length ? WeekdayOf(s[q]) : 0;
            if (day > 0)
            {
                return hasOffset ? DateMath.WeekdayInWeek(i, q + 1, day, offset, reference) : DateMath.WeekdayOpen(i, q + 1, day, reference);
            }

            if (hasOffset)
            {
                return DateMath.Week(i, q, reference.AddDays(7 * offset));
            }
        }

        return null;
    }

    /// <summary>"三个月前", "3天前", "两周以前", "一年后", "半个月前".</summary>
    private DateCandidate? Ago(int i)
    {
        int amount;
        int p;
        if (At(i, "半"))
        {
            amount = -1;
            p = i + 1;
        }
        else if (ReadInt(i) is { } n)
        {
            amount = n.Value;
            p = n.End;
        }
        else
        {
            return null;
        }

        if (At(p, "个") || At(p, "個"))
        {
            p++;
        }

        char unit;
        if (At(p, "天") || At(p, "日")) { unit = 'D'; p++; }
        else if (At(p, "星期") || At(p, "礼拜")) { unit = 'W'; p += 2; }
        else if (At(p, "周") || At(p, "週")) { unit = 'W'; p++; }
        else if (At(p, "月")) { unit = 'M'; p++; }
        else if (At(p, "年")) { unit = 'Y'; p++; }
        else { return null; }

        if (amount < 0)
        {
            // 半个月 = 15 days, 半年 = 6 months.
            (unit, amount) = unit switch { 'M' => ('D', 15), 'Y' => ('M', 6), _ => (unit, 0) };
            if (amount == 0)
            {
                return null;
            }
        }

        var q = p;
        while (q < s.Length && s[q] == ' ')
        {
            q++;
        }

        foreach (var (word, sign) in new[] { ("以前", -1), ("之前", -1), ("前", -1), ("以后", 1), ("之后", 1), ("后", 1), ("後", 1) })
        {
            if (At(q, word))
            {
                return DateMath.Shift(reference, unit, sign * amount) is { } shifted ? DateMath.Day(i, q + word.Length, shifted) : null;
            }
        }

        return null;
    }

    /// <summary>Year 年, month 月, day 日/号 in any combination that names a day, a month or a year.</summary>
    private DateCandidate? Absolute(int i, int matchStart, int? knownYear)
    {
        var p = i;
        int? year = knownYear;
        if (knownYear is null && ReadInt(p) is { } y && Skip(y.End) is var ys && At(ys, "年") && (y.End - p >= 2))
        {
            year = y.Value < 100 ? 2000 + y.Value : y.Value;
            p = ys + 1;
        }

        int? month = null;
        if (ReadInt(Skip(p)) is { } m && m.Value is >= 1 and <= 12 && Skip(m.End) is var ms && At(ms, "月"))
        {
            month = m.Value;
            p = ms + 1;
        }

        int? day = null;
        if (ReadInt(Skip(p)) is { } d && d.Value is >= 1 and <= 31 && Skip(d.End) is var ds && ds < s.Length && s[ds] is '日' or '号' or '號')
        {
            if (month is not null || year is not null || s[ds] == '日' || AfterAlternative(matchStart))
            {
                day = d.Value;
                p = ds + 1;
            }
        }

        DateCandidate? result = (year, month, day) switch
        {
            ({ } yy, { } mm, { } dd) => DateMath.FullDate(matchStart, p, yy, mm, dd),
            ({ } yy, { } mm, null) => DateMath.Month(matchStart, p, yy, mm),
            ({ } yy, null, null) when knownYear is null => yy is >= 1000 and <= 9999 || yy < 100 ? DateMath.Year(matchStart, p, yy) : null,
            (null, { } mm, { } dd) => DateMath.MonthDay(matchStart, p, mm, dd, reference),
            (null, { } mm, null) => DateMath.MonthOpen(matchStart, p, mm, reference),
            (null, null, { } dd) => DateMath.DayOnly(matchStart, p, dd, reference),
            _ => null,
        };

        // "10月12号，星期一": the weekday belongs to the date.
        if (result is not null && !result.IsRange)
        {
            var q = p;
            if (q < s.Length && s[q] is ',' or ' ' or '、')
            {
                q++;
            }

            foreach (var w in WeekWords)
            {
                if (At(q, w) && q + w.Length < s.Length && WeekdayOf(s[q + w.Length]) > 0)
                {
                    return result with { End = q + w.Length + 1 };
                }
            }
        }

        return result;
    }

    /// <summary>"5月1号还是2号": a bare "2号" counts when it is the other half of an alternative.</summary>
    private bool AfterAlternative(int p)
    {
        var before = s[Math.Max(0, p - 3)..p].TrimEnd();
        return before.EndsWith("还是", StringComparison.Ordinal) || before.EndsWith('或') || before.EndsWith("或者", StringComparison.Ordinal)
            || before.EndsWith('到') || before.EndsWith('至') || before.EndsWith('、') || before.EndsWith('和');
    }

    private (int Value, int End)? ReadInt(int p)
    {
        if (p >= s.Length)
        {
            return null;
        }

        if (TextFolding.IsAsciiDigit(s[p]))
        {
            if (p > 0 && (TextFolding.IsAsciiDigit(s[p - 1]) || s[p - 1] == '.'))
            {
                return null;
            }

            var v = 0;
            var q = p;
            while (q < s.Length && TextFolding.IsAsciiDigit(s[q]) && q - p < 4)
            {
                v = (v * 10) + (s[q] - '0');
                q++;
            }

            return q < s.Length && TextFolding.IsAsciiDigit(s[q]) ? null : (v, q);
        }

        if (ChineseNumerals.Digit(s[p]) >= 0 || ChineseNumerals.SmallUnit(s[p]) == 10)
        {
            if (_numbers.Parse(p) is { } t && t.Subtype == "integer" && t.Value is >= 0 and < 10000)
            {
                return ((int)t.Value, t.End);
            }
        }

        return null;
    }

    private int Skip(int p)
    {
        while (p < s.Length && s[p] == ' ' && p < s.Length)
        {
            p++;
        }

        return p;
    }

    private bool At(int p, string word) => p >= 0 && p + word.Length <= s.Length && string.CompareOrdinal(s, p, word, 0, word.Length) == 0;

    private static int WeekdayOf(char c) => c switch
    {
        '一' or '1' => 1,
        '二' or '2' => 2,
        '三' or '3' => 3,
        '四' or '4' => 4,
        '五' or '5' => 5,
        '六' or '6' => 6,
        '日' or '天' or '7' => 7,
        _ => 0,
    };
}
