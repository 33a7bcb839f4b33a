namespace AfterSalesBot.TextAnalysis.Recognizers.Numbers;

/// <summary>English number words: cardinals, scales, fraction denominators, ordinals.</summary>
internal static class EnglishNumberWords
{
    public static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4,
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    public static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    public static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["lakh"] = 1e5, ["crore"] = 1e7,
    };

    /// <summary>Ordinal words with their value; the plural forms (thirds, fifths) are fraction denominators.</summary>
    public static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["nineth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
        ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
    };

    public static readonly Dictionary<string, double> OrdinalScales = new(StringComparer.Ordinal)
    {
        ["hundredth"] = 100, ["thousandth"] = 1e3, ["millionth"] = 1e6, ["billionth"] = 1e9, ["trillionth"] = 1e12,
    };

    /// <summary>Denominator of a fraction word ("half" 2, "quarters" 4, "fifths" 5), 0 when not one.</summary>
    public static double Denominator(string word)
    {
        switch (word)
        {
            case "half" or "halves":
                return 2;
            case "quarter" or "quarters":
                return 4;
            case "third" or "thirds":
                return 3;
            default:
                break;
        }

        var singular = word.EndsWith('s') ? word[..^1] : word;
        if (singular is "first" or "second")
        {
            return 0;
        }

        if (Ordinals.TryGetValue(singular, out var v))
        {
            return v;
        }

        return OrdinalScales.TryGetValue(singular, out var s) && word.EndsWith('s') ? s : 0;
    }

    public static bool IsCardinalWord(string w) =>
        Units.ContainsKey(w) || Tens.ContainsKey(w) || Scales.ContainsKey(w) || w is "hundred" or "dozen" or "dozens" or "dozs";
}
