namespace AfterSalesBot.TextAnalysis.Recognizers.Dates;

/// <summary>Month names with days and years: "May 1st", "1st of May 2024", "Dec. 31, 1994", "april 2017".</summary>
internal sealed partial class EnglishDateParser
{
    /// <summary>"may 1st", "May 1, 2024", "dec. 31 , 1994", "april 2017", "march".</summary>
    private DateCandidate? MonthFirst(int k)
    {
        if (!Months.TryGetValue(words[k].Text, out var month))
        {
            return null;
        }

        var start = words[k].Start;
        var p = words[k].End;
        if (p < s.Length && s[p] == '.')
        {
            p++;
        }

        var afterName = p;
        if (ReadDay(p) is { } day)
        {
            if (ReadYear(day.End, allowComma: true) is { } year)
            {
                return DateMath.FullDate(start, year.End, year.Value, month, day.Value);
            }

            return DateMath.MonthDay(start, day.End, month, day.Value, reference);
        }

        if (ReadYear(afterName, allowComma: true) is { } y)
        {
            return DateMath.Month(start, y.End, y.Value, month);
        }

        // A bare month name; "may" alone is the verb far more often than the month.
        return words[k].Text == "may" || words[k].Text.Length == 3 && words[k].Text != "dec" ? null : DateMath.MonthOpen(start, words[k].End, month, reference);
    }

    /// <summary>"1st of May", "04th Jan 2019", "22 April".</summary>
    private DateCandidate? DayFirst(int k)
    {
        // The day sits before this word: digits then an optional st/nd/rd/th word.
        var w = words[k].Text;
        int monthWord;
        int dayStart;
        int day;
        if (w is "st" or "nd" or "rd" or "th" && k + 1 < words.Count)
        {
            if (DigitsEndingAt(words[k].Start) is not { } d)
            {
                return null;
            }

            (day, dayStart) = d;
            monthWord = k + 1;
            if (words[monthWord].Text == "of" && monthWord + 1 < words.Count)
            {
                monthWord++;
            }
        }
        else if (Months.ContainsKey(w) && DigitsEndingAt(SkipBack(words[k].Start)) is { } d2 && SkipBack(words[k].Start) < words[k].Start)
        {
            (day, dayStart) = d2;
            monthWord = k;
        }
        else
        {
            return null;
        }

        if (!Months.TryGetValue(words[monthWord].Text, out var month) || day is < 1 or > 31)
        {
            return null;
        }

        var end = words[monthWord].End;
        if (ReadYear(end < s.Length && s[end] == '.' ? end + 1 : end, allowComma: true) is { } year)
        {
            return DateMath.FullDate(dayStart, year.End, year.Value, month, day);
        }

        return DateMath.MonthDay(dayStart, end, month, day, reference);
    }

    /// <summary>"year 2008", "in 2019" → the year.</summary>
    private DateCandidate? YearWord(int k)
    {
        if (words[k].Text is not ("year" or "in" or "of"))
        {
            return null;
        }

        var p = words[k].End;
        if (p < s.Length && s[p] == ' ' && ReadYear(p, allowComma: false) is { } y && (y.End >= s.Length || !TextFolding.IsAsciiDigit(s[y.End])))
        {
            var start = words[k].Text == "year" ? words[k].Start : p + 1;
            return DateMath.Year(start, y.End, y.Value);
        }

        return null;
    }

    private (int Value, int End)? ReadDay(int p)
    {
        var q = p;
        while (q < s.Length && s[q] == ' ' && q - p < 3)
        {
            q++;
        }

        if (q == p && (q >= s.Length || s[q] != '/'))
        {
            return null;
        }

        var d0 = q;
        var v = 0;
        while (q < s.Length && TextFolding.IsAsciiDigit(s[q]) && q - d0 < 2)
        {
            v = (v * 10) + (s[q] - '0');
            q++;
        }

        if (q == d0 || (q < s.Length && TextFolding.IsAsciiDigit(s[q])) || v is < 1 or > 31)
        {
            return null;
        }

        if (q + 1 < s.Length && s.AsSpan(q, 2) is "st" or "nd" or "rd" or "th")
        {
            q += 2;
        }

        return q < s.Length && TextFolding.IsAsciiLetter(s[q]) ? null : (v, q);
    }

    private (int Value, int End)? ReadYear(int p, bool allowComma)
    {
        var q = p;
        while (q < s.Length && (s[q] == ' ' || (allowComma && s[q] == ',')) && q - p < 4)
        {
            q++;
        }

        if (q == p || q + 4 > s.Length)
        {
            return null;
        }

        for (var x = q; x < q + 4; x++)
        {
            if (!TextFolding.IsAsciiDigit(s[x]))
            {
                return null;
            }
        }

        if (q + 4 < s.Length && (TextFolding.IsAsciiDigit(s[q + 4]) || TextFolding.IsAsciiLetter(s[q + 4])))
        {
            return null;
        }

        var y = int.Parse(s.AsSpan(q, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
        return y is >= 1000 and <= 2999 ? (y, q + 4) : null;
    }

    private (int Value, int Start)? DigitsEndingAt(int end)
    {
        var p = end - 1;
        while (p >= 0 && TextFolding.IsAsciiDigit(s[p]) && end - p <= 2)
        {
            p--;
        }

        var st = p + 1;
        if (st >= end || (st > 0 && (TextFolding.IsAsciiDigit(s[st - 1]) || TextFolding.IsAsciiLetter(s[st - 1]))))
        {
            return null;
        }

        return (int.Parse(s.AsSpan(st, end - st), provider: System.Globalization.CultureInfo.InvariantCulture), st);
    }

    private int SkipBack(int p)
    {
        var q = p;
        while (q > 0 && s[q - 1] == ' ' && p - q < 3)
        {
            q--;
        }

        return q;
    }

    /// <summary>The end offset of the words <paramref name="phrase"/> starting at word <paramref name="k"/>, or null.</summary>
    private int? Phrase(int k, params string[] phrase)
    {
        if (k < 0 || k + phrase.Length > words.Count)
        {
            return null;
        }

        for (var x = 0; x < phrase.Length; x++)
        {
            if (words[k + x].Text != phrase[x] || (x > 0 && !Near(k + x - 1, k + x)))
            {
                return null;
            }
        }

        return words[k + phrase.Length - 1].End;
    }

    /// <summary>Only spaces between two words.</summary>
    private bool Near(int a, int b)
    {
        for (var p = words[a].End; p < words[b].Start; p++)
        {
            if (s[p] != ' ')
            {
                return false;
            }
        }

        return words[b].Start - words[a].End <= 3;
    }
}
