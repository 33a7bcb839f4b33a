using AfterSalesBot.TextAnalysis.Recognizers.Numbers;

namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>
/// Finds numbers in Chinese and English text: ASCII and full-width digits ("4", "４", "1,234.5", "2e5"),
/// Chinese numerals in every script ("两百", "一千零一", "肆佰", "5万4千", "十多万", "五分之一"),
/// English words ("one hundred and sixteen", "two thirds", "a half") and fractions ("3/4", "1 over 3").
/// Pure and thread-safe; inputs longer than 2,000 characters are cut.
/// </summary>
public static class NumberRecognizer
{
    /// <summary>Every number in <paramref name="text"/>, left to right, without overlaps.</summary>
    /// <param name="culture">BCP-47 culture; numbers are read in both languages whatever it says, because customers mix.</param>
    public static IReadOnlyList<NumberMatch> Find(string text, string culture)
    {
        _ = culture;
        var original = TextFolding.Truncate(text);
        var folded = TextFolding.Fold(original);
        var tokens = NumberScanner.Scan(original, folded);
        var result = new List<NumberMatch>(tokens.Count);
        foreach (var t in tokens)
        {
            result.Add(new NumberMatch(original[t.Start..t.End], t.Start, t.End - 1, t.Value, t.Subtype));
        }

        return result;
    }
}
