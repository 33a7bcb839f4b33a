using AfterSalesBot.TextAnalysis.Recognizers.Numbers;

namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>
/// Reads the last digits of a phone number, used to match a customer to an order without asking for the
/// whole number: "尾号1234", "138-0013-8000", "+86 138 0013 8000", "my number ends in 5678", "幺三五七".
/// Runs longer than 15 digits (no phone number is: E.164) are refused rather than cut, since they are
/// more likely a card or order number.
/// </summary>
public static class PhoneTailRecognizer
{
    private const int MaxPhoneDigits = 15;

    /// <summary>Recognizes the last <paramref name="digits"/> digits.</summary>
    public static Recognition<string> Recognize(string text, int digits = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        var original = TextFolding.Truncate(text);
        var folded = TextFolding.Fold(original);
        var runs = new List<(string Digits, int Start, int End)>();
        var i = 0;
        while (i < folded.Length)
        {
            if (DigitOf(folded[i]) < 0)
            {
                i++;
                continue;
            }

            var start = i;
            var sb = new System.Text.StringBuilder();
            var last = i;
            while (i < folded.Length)
            {
                var d = DigitOf(folded[i]);
                if (d >= 0)
                {
                    sb.Append((char)('0' + d));
                    last = i;
                    i++;
                }
                else if (folded[i] is ' ' or '-' or '.' or '(' or ')' or '+' or '\uFE0F' or '\u20E3' && i + 1 < folded.Length && (DigitOf(folded[i + 1]) >= 0 || folded[i + 1] is ' ' or '(' or '\u20E3'))
                {
                    i++;
                }
                else
                {
                    break;
                }

                if (sb.Length > 64)
                {
                    break;
                }
            }

            // Digits glued to letters are a code ("A1234"), not a phone number.
            var glued = (start > 0 && TextFolding.IsAsciiLetter(folded[start - 1]))
                || (start > 1 && folded[start - 1] == '-' && TextFolding.IsAsciiLetter(folded[start - 2])) || (last + 1 < folded.Length && TextFolding.IsAsciiLetter(folded[last + 1]));
            if (!glued)
            {
                runs.Add((sb.ToString(), start, last + 1));
            }

            i = Math.Max(i, last + 1);
        }

        var usable = runs.Where(r => r.Digits.Length >= digits).ToList();
        if (usable.Count == 0 || usable.Exists(r => r.Digits.Length > MaxPhoneDigits))
        {
            return Recognition<string>.None;
        }

        var tails = usable.Select(r => r.Digits[^digits..]).Distinct(StringComparer.Ordinal).ToList();
        if (tails.Count > 1)
        {
            return Recognition<string>.Ambiguous(tails);
        }

        var run = usable[0];
        return Recognition<string>.Recognized(tails[0], original[run.Start..run.End]);
    }

    private static int DigitOf(char c)
    {
        if (TextFolding.IsAsciiDigit(c))
        {
            return c - '0';
        }

        // 幺 is how a 1 is read out in phone numbers; 两 is not used in digit strings.
        return c == '幺' ? 1 : c is '两' or '兩' ? -1 : ChineseNumerals.Digit(c);
    }
}
