namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>
/// Length-preserving normalisation: full-width ASCII to ASCII, exotic spaces to a space, ASCII lower case.
/// Keeping the length means every offset found in the folded text is an offset in what the customer typed.
/// </summary>
internal static class TextFolding
{
    /// <summary>Inputs longer than this are cut: survey answers are short and a bound keeps every scan cheap.</summary>
    public const int MaxLength = 2000;

    public static string Truncate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.Length <= MaxLength)
        {
            return text;
        }

        // Do not split a surrogate pair.
        var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return text[..cut];
    }

    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    public static char FoldChar(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c is '\u3000' or '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\t' or '\r' or '\n')
        {
            return ' ';
        }
        else if (c is '\u2212' or '\u2013' or '\u2014' or '\uFE63')
        {
            return c == '\u2212' ? '-' : c;
        }

        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    }

    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
