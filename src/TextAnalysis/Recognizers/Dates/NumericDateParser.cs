namespace AfterSalesBot.TextAnalysis.Recognizers.Dates;

/// <summary>
/// Dates written in digits: "2024-05-01", "2023.5.1", "2020/12/1", "5/1", "22/04", "1/2/2020" (month first in
/// English, day first in Chinese, as the reference cases expect), "2015-3", "12-2015", "12-11-10" (Chinese yy-mm-dd).
/// </summary>
internal static class NumericDateParser
{
    public static DateCandidate? Parse(string s, int i, DateOnly reference, Languages languages)
    {
        if (!TextFolding.IsAsciiDigit(s[i]) || (i > 0 && (TextFolding.IsAsciiDigit(s[i - 1]) || TextFolding.IsAsciiLetter(s[i - 1]) || s[i - 1] is '.' or '/' or ':')))
        {
            return null;
        }

        var parts = new List<(int Value, int Digits)>();
        var seps = new List<char>();
        var p = i;
        while (p < s.Length && parts.Count < 3)
        {
            var d0 = p;
            var v = 0;
            while (p < s.Length && TextFolding.IsAsciiDigit(s[p]) && p - d0 < 5)
            {
                v = (v * 10) + (s[p] - '0');
                p++;
            }

            parts.Add((v, p - d0));
            if (parts.Count < 3 && p + 1 < s.Length && s[p] is '-' or '/' or '.' && TextFolding.IsAsciiDigit(s[p + 1]))
            {
                seps.Add(s[p]);
                p++;
            }
            else
            {
                break;
            }
        }

        // Do not take part of a longer run ("2024-05-01-3", a time "10:30", a decimal "4.5" alone).
        if (p < s.Length && (TextFolding.IsAsciiDigit(s[p]) || TextFolding.IsAsciiLetter(s[p]) || s[p] == ':' || (s[p] is '-' or '/' or '.' && p + 1 < s.Length && TextFolding.IsAsciiDigit(s[p + 1]))))
        {
            return null;
        }

        if (parts.Count == 3 && seps[0] == seps[1])
        {
            var (a, b, c) = (parts[0], parts[1], parts[2]);
            if (a.Digits == 4)
            {
                return DateMath.FullDate(i, p, a.Value, b.Value, c.Value);
            }

            if (c.Digits == 4 && seps[0] != '.')
            {
                var dayFirst = languages == Languages.Chinese || a.Value > 12;
                return dayFirst ? DateMath.FullDate(i, p, c.Value, b.Value, a.Value) : DateMath.FullDate(i, p, c.Value, a.Value, b.Value);
            }

            if (a.Digits == 2 && b.Digits <= 2 && c.Digits <= 2 && languages == Languages.Chinese)
            {
                return DateMath.FullDate(i, p, 2000 + a.Value, b.Value, c.Value);
            }

            return null;
        }

        if (parts.Count == 2)
        {
            var (a, b) = (parts[0], parts[1]);
            if (a.Digits == 4 && b.Digits <= 2 && seps[0] == '-' && b.Value is >= 1 and <= 12)
            {
                return DateMath.Month(i, p, a.Value, b.Value);
            }

            if (b.Digits == 4 && a.Digits <= 2 && seps[0] is '-' or '/' && a.Value is >= 1 and <= 12)
            {
                return DateMath.Month(i, p, b.Value, a.Value);
            }

            if (a.Digits <= 2 && b.Digits <= 2 && seps[0] == '/')
            {
                return a.Value > 12 && b.Value <= 12 ? DateMath.MonthDay(i, p, b.Value, a.Value, reference) : DateMath.MonthDay(i, p, a.Value, b.Value, reference);
            }
        }

        return null;
    }
}
