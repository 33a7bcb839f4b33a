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

    /// <summary>
    /// Traditional characters folded to simplified, one for one, for the words the lexicons know
    /// (滿意 → 满意, 還行 → 还行, 號 → 号). Only characters that keep their meaning in every common word.
    /// </summary>
    private const string Traditional = "滿還麼們個號週禮勁評頂讚錯應該對謝歡給顆與點會這說沒問題願電話郵簡訊時間後裡兒門開關買貨難覺無務費運際絕僅態層壞慢種樣實盡從經歷決優質變價幫撥聯繫歲確嗎辦讓須絡氣爛級極棄擇選項碼機數臺";

    private const string Simplified = "满还么们个号周礼劲评顶赞错应该对谢欢给颗与点会这说没问题愿电话邮简讯时间后里儿门开关买货难觉无务费运际绝仅态层坏慢种样实尽从经历决优质变价帮拨联系岁确吗办让须络气烂级极弃择选项码机数台";

    public static char FoldChar(char c)
    {
        if (c is >= '\u4E00' and <= '\u9FFF')
        {
            var t = Traditional.IndexOf(c, StringComparison.Ordinal);
            return t >= 0 ? Simplified[t] : c;
        }

        if (c is >= '\u2460' and <= '\u2468')
        {
            // Circled digits ①–⑨.
            return (char)('1' + (c - '\u2460'));
        }

        if (c is >= '\u2776' and <= '\u277E')
        {
            return (char)('1' + (c - '\u2776'));
        }

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
