namespace AfterSalesBot.TextAnalysis.Privacy;

/// <summary>
/// Finds phone, ID, passport and bank card numbers that start at a position. A number is a run of digit groups joined by
/// single spaces or dashes ("138 0013 8000", "010-6552-9988"); it must stand alone: a number glued to letters is a model
/// or order code (KFR-35GW, WC20240501001), one followed by a decimal point is a price or a measurement.
/// </summary>
internal static class NumberScanner
{
    private const int MaxDigits = 24;

    // Words that introduce an order or tracking number: a 16–19-digit number after them is not a bank card.
    private static readonly string[] OrderCues = ["订单", "单号", "运单", "快递", "物流", "工单", "order", "tracking", "ticket", "invoice", "no."];

    public static PersonalDataMatch? At(string text, int start) => At(text, start, text.Length);

    private static PersonalDataMatch? At(string text, int start, int limit)
    {
        var c = text[start];
        if (start > 0 && !StandsAlone(text, start))
        {
            return null;
        }

        if (char.IsAsciiLetterUpper(c))
        {
            return Passport(text, start);
        }

        var plus = c == '+';
        if (!(plus ? start + 1 < limit && char.IsAsciiDigit(text[start + 1]) : char.IsAsciiDigit(c)))
        {
            return null;
        }

        Span<char> digits = stackalloc char[MaxDigits + 1];
        Span<int> groups = stackalloc int[MaxDigits];
        var count = 0;
        var groupCount = 0;
        var firstSpace = -1;
        var i = start + (plus ? 1 : 0);
        while (true)
        {
            var groupStart = count;
            while (i < limit && char.IsAsciiDigit(text[i]))
            {
                if (count == MaxDigits)
                {
                    return null; // Longer than any personal number: a serial or a hash.
                }

                digits[count++] = text[i++];
            }

            groups[groupCount++] = count - groupStart;
            if (i + 1 < limit && text[i] is ' ' or '-' && char.IsAsciiDigit(text[i + 1]))
            {
                if (text[i] == ' ' && firstSpace < 0)
                {
                    firstSpace = i;
                }

                i++;
                continue;
            }

            break;
        }

        var end = i;
        if (count == 17 && end < limit && text[end] is 'X' or 'x')
        {
            digits[count++] = 'X';
            end++;
        }

        if (end < limit && (char.IsAsciiLetter(text[end]) || (text[end] == '.' && end + 1 < limit && char.IsAsciiDigit(text[end + 1]))))
        {
            return null;
        }

        var kind = Classify(text, start, digits[..count], groups[..groupCount], plus);
        if (kind is not null)
        {
            return new PersonalDataMatch(kind.Value, start, end - start);
        }

        // "2024-01-15 13800138000": the date and the phone were read as one number; the part before the space stands alone.
        return firstSpace > 0 ? AtPrefix(text, start, firstSpace) : null;
    }

    private static PersonalDataMatch? AtPrefix(string text, int start, int end)
    {
        var match = At(text, start, end);
        return match is not null && match.Start + match.Length == end ? match : null;
    }

    private static bool StandsAlone(string text, int start)
    {
        var previous = text[start - 1];
        if (char.IsAsciiLetterOrDigit(previous) || previous is '.' or '_' or '+' or '@' or '#')
        {
            return false;
        }

        return !(previous is '-' or '/' && start > 1 && char.IsAsciiLetterOrDigit(text[start - 2]));
    }

    private static PersonalDataKind? Classify(string text, int start, ReadOnlySpan<char> d, ReadOnlySpan<int> groups, bool plus)
    {
        var n = d.Length;
        if (plus)
        {
            return n is >= 8 and <= 15 ? PersonalDataKind.Phone : null;
        }

        if (n == 18 && IsDate(d[6..14]))
        {
            return PersonalDataKind.IdNumber;
        }

        if (d.Contains('X'))
        {
            return null;
        }

        if ((n == 11 && IsMobile(d)) || (n == 13 && d[0] == '8' && d[1] == '6' && IsMobile(d[2..])))
        {
            return PersonalDataKind.Phone;
        }

        if (d[0] == '0' && ((d[1] != '0' && n is >= 10 and <= 12) || (d[1] == '0' && n is >= 10 and <= 17)))
        {
            return PersonalDataKind.Phone;
        }

        if (n is >= 16 and <= 19 && LooksLikeCardGrouping(groups) && PassesLuhn(d) && !FollowsOrderCue(text, start))
        {
            return PersonalDataKind.BankCard;
        }

        return null;
    }

    private static PersonalDataMatch? Passport(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 2 && char.IsAsciiLetterUpper(text[i]))
        {
            i++;
        }

        if (!"EGDSPHMK".Contains(text[start], StringComparison.Ordinal))
        {
            return null;
        }

        var digitStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - digitStart <= 8)
        {
            i++;
        }

        var digitCount = i - digitStart;
        if (digitCount is < 7 or > 8 || (i < text.Length && char.IsAsciiLetterOrDigit(text[i])))
        {
            return null;
        }

        // "P20240501" is a date-stamped code, not a passport.
        return digitCount == 8 && IsDate(text.AsSpan(digitStart, 8)) ? null : new PersonalDataMatch(PersonalDataKind.Passport, start, i - start);
    }

    private static bool IsMobile(ReadOnlySpan<char> d) => d.Length == 11 && d[0] == '1' && d[1] is >= '3' and <= '9';

    private static bool IsDate(ReadOnlySpan<char> yyyymmdd)
    {
        var year = int.Parse(yyyymmdd[..4], provider: System.Globalization.CultureInfo.InvariantCulture);
        var month = ((yyyymmdd[4] - '0') * 10) + (yyyymmdd[5] - '0');
        var day = ((yyyymmdd[6] - '0') * 10) + (yyyymmdd[7] - '0');
        return year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool LooksLikeCardGrouping(ReadOnlySpan<int> groups)
    {
        for (var g = 0; g < groups.Length - 1; g++)
        {
            if (groups[g] != 4)
            {
                return false;
            }
        }

        return true;
    }

    private static bool PassesLuhn(ReadOnlySpan<char> d)
    {
        var sum = 0;
        for (var k = 0; k < d.Length; k++)
        {
            var digit = d[d.Length - 1 - k] - '0';
            if (k % 2 == 1)
            {
                digit *= 2;
                digit -= digit > 9 ? 9 : 0;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    private static bool FollowsOrderCue(string text, int start)
    {
        var from = Math.Max(0, start - 12);
        var before = text.AsSpan(from, start - from);
        foreach (var cue in OrderCues)
        {
            if (before.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
