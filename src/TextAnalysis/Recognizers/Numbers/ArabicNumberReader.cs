using System.Globalization;

namespace AfterSalesBot.TextAnalysis.Recognizers.Numbers;

/// <summary>
/// Reads one number written in ASCII digits (after width folding) at a position: grouping commas and
/// spaces, decimals, exponents ("2e5", "1.1^23") and the English magnitude suffixes ("10k", "10M", "2mil").
/// A hand-written scanner: linear, no regex.
/// </summary>
internal static class ArabicNumberReader
{
    /// <summary>Reads an unsigned number starting at <paramref name="i"/> (a digit or a '.' followed by a digit).</summary>
    /// <param name="folded">Folded text.</param>
    /// <param name="original">The text as typed (for case-sensitive suffixes such as "M").</param>
    public static NumberToken? Read(string folded, string original, int i, bool rejectLetterSuffix)
    {
        var n = folded.Length;
        var start = i;
        var p = i;
        var intDigits = 0;
        while (p < n && TextFolding.IsAsciiDigit(folded[p]))
        {
            p++;
            intDigits++;
        }

        var integerPart = folded[start..p];
        var isGrouped = false;

        // Grouping: "1,234,567", Indian "12,34,567.89", "40 000"; a lone ",d" is a decimal comma ("1,3", "5,00").
        if (intDigits is > 0 and <= 3 && p < n && (folded[p] == ',' || folded[p] == ' '))
        {
            var sep = folded[p];
            var q = p;
            var groups = new List<string>();
            while (q < n && folded[q] == sep && q + 1 < n && TextFolding.IsAsciiDigit(folded[q + 1]))
            {
                var g = q + 1;
                while (g < n && TextFolding.IsAsciiDigit(folded[g]))
                {
                    g++;
                }

                groups.Add(folded[(q + 1)..g]);
                q = g;
                if (sep == ' ')
                {
                    break;
                }
            }

            if (groups.Count > 0)
            {
                var followedByDecimal = q + 1 < n && folded[q] == '.' && TextFolding.IsAsciiDigit(folded[q + 1]);
                var allThree = groups.TrueForAll(g => g.Length == 3);
                var indian = followedByDecimal && groups.TrueForAll(g => g.Length is 2 or 3) && groups[^1].Length == 3;
                if (sep == ' ')
                {
                    // "40 000" but not "423 0000" and not a mixed fraction "2 1/4".
                    if (allThree && !(q < n && folded[q] == '/'))
                    {
                        integerPart += groups[0];
                        p = q;
                        isGrouped = true;
                    }
                }
                else if (allThree || indian)
                {
                    integerPart += string.Concat(groups);
                    p = q;
                    isGrouped = true;
                }
                else if (groups.Count == 1 && groups[0].Length is 1 or 2 && !(q < n && folded[q] == ',') && !(q + 1 < n && folded[q] == '.' && TextFolding.IsAsciiDigit(folded[q + 1])))
                {
                    // Decimal comma.
                    var dec = double.Parse(integerPart + "." + groups[0], CultureInfo.InvariantCulture);
                    return Finish(folded, original, start, q, dec, NumberToken.SubtypeOf(dec), rejectLetterSuffix);
                }
            }
        }

        var text = integerPart;
        var isDecimal = false;
        if (p + 1 < n && folded[p] == '.' && TextFolding.IsAsciiDigit(folded[p + 1]))
        {
            var q = p + 1;
            while (q < n && TextFolding.IsAsciiDigit(folded[q]))
            {
                q++;
            }

            // "2222.2222.22222.222" is a list of numbers, not a decimal.
            if (!isGrouped && q + 1 < n && folded[q] == '.' && TextFolding.IsAsciiDigit(folded[q + 1]))
            {
                return Finish(folded, original, start, p, Parse(text), "integer", rejectLetterSuffix);
            }

            text += folded[p..q];
            p = q;
            isDecimal = true;
        }

        if (text.Length == 0)
        {
            return null;
        }

        if (text[0] == '.')
        {
            text = "0" + text;
        }

        var value = Parse(text);

        // Exponent "2e5", "-12e-1", "2.7890e-1".
        if (p < n && folded[p] == 'e')
        {
            var q = p + 1;
            var neg = false;
            if (q < n && folded[q] is '-' or '+')
            {
                neg = folded[q] == '-';
                q++;
            }

            var e0 = q;
            while (q < n && TextFolding.IsAsciiDigit(folded[q]) && q - e0 < 4)
            {
                q++;
            }

            if (q > e0 && !(q < n && TextFolding.IsAsciiLetter(folded[q])))
            {
                var exp = int.Parse(folded[e0..q], CultureInfo.InvariantCulture);
                value *= Math.Pow(10, neg ? -exp : exp);
                return new NumberToken(start, q, value, "power") { IsDigits = true };
            }
        }

        // Power "1.1^23", "2.5^-1", "-1.1^--23".
        if (p < n && folded[p] == '^')
        {
            var q = p + 1;
            var minus = 0;
            while (q < n && folded[q] is '-' or '+')
            {
                minus += folded[q] == '-' ? 1 : 0;
                q++;
            }

            var e0 = q;
            while (q < n && TextFolding.IsAsciiDigit(folded[q]) && q - e0 < 4)
            {
                q++;
            }

            if (q > e0)
            {
                var exp = int.Parse(folded[e0..q], CultureInfo.InvariantCulture);
                value = Math.Pow(value, minus % 2 == 1 ? -exp : exp);
                return new NumberToken(start, q, value, "power") { IsDigits = true };
            }
        }

        return Finish(folded, original, start, p, value, isDecimal ? NumberToken.SubtypeOf(value) : "integer", rejectLetterSuffix);
    }

    private static NumberToken? Finish(string folded, string original, int start, int p, double value, string subtype, bool rejectLetterSuffix)
    {
        var n = folded.Length;

        // Magnitude suffixes, possibly after spaces ("10 bln"): k, M (upper case only: "1m" is a metre), mil, bln, tln.
        var q = p;
        while (q < n && folded[q] == ' ' && q - p < 2)
        {
            q++;
        }

        var word = LetterRun(folded, q);
        double scale = word switch
        {
            "k" => 1e3,
            "m" when q == p && original[q] == 'M' => 1e6,
            "mil" => 1e6,
            "bln" => 1e9,
            "tln" => 1e12,
            _ => 0,
        };
        if (scale > 0)
        {
            return new NumberToken(start, q + word.Length, value * scale, "integer") { IsDigits = true };
        }

        // "180.25ml", "1m", "4th": digits glued to letters are a measure or an ordinal, not a number.
        if (rejectLetterSuffix && p < n && TextFolding.IsAsciiLetter(folded[p]))
        {
            return null;
        }

        return new NumberToken(start, p, value, subtype) { IsDigits = true };
    }

    private static string LetterRun(string folded, int q)
    {
        var e = q;
        while (e < folded.Length && TextFolding.IsAsciiLetter(folded[e]) && e - q < 8)
        {
            e++;
        }

        return e < folded.Length && TextFolding.IsAsciiLetter(folded[e]) ? string.Empty : folded[q..e];
    }

    private static double Parse(string digits) =>
        double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
}
