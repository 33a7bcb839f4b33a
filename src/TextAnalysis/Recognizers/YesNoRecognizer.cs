using AfterSalesBot.TextAnalysis.Recognizers.Lexicons;

namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>
/// Reads yes/no answers: "好的", "可以", "愿意", "没问题", "嗯", "👌" are yes; "不用了", "算了", "不要", "nope",
/// "not really" are no. The first decisive word wins ("yes... I said no onions" is yes, "不是，我说是…" no),
/// as in Recognizers-Text; a hedge ("maybe", "看情况") or "yes or no" is ambiguous.
/// </summary>
public static class YesNoRecognizer
{
    /// <summary>Recognizes a yes/no answer.</summary>
    public static Recognition<bool> Recognize(string text, string culture)
    {
        var original = TextFolding.Truncate(text);
        var folded = TextFolding.Fold(original);
        var hits = Hits(folded);
        if (hits.Count == 0)
        {
            // "yesssss", "noooo", "okkkk": drawn-out letters, read once more with the runs shortened.
            var squeezed = Squeeze(folded);
            if (squeezed.Length == folded.Length || (hits = Hits(squeezed)).Count == 0)
            {
                return Recognition<bool>.None;
            }

            folded = squeezed;
            original = squeezed;
        }

        var first = hits[0];
        if (first.Value == YesNoWord.Hedge || ContainsAlternative(folded, hits))
        {
            return Recognition<bool>.Ambiguous([true, false]);
        }

        _ = culture;
        return Recognition<bool>.Recognized(first.Value == YesNoWord.Yes, Text(original, first));
    }

    /// <summary>The first decisive yes/no word, with its offsets; null when there is none.</summary>
    public static YesNoMatch? Match(string text, string culture)
    {
        _ = culture;
        var original = TextFolding.Truncate(text);
        var folded = TextFolding.Fold(original);
        foreach (var h in Hits(folded))
        {
            if (h.Value is YesNoWord.Yes or YesNoWord.No)
            {
                var end = ExtendEmoji(original, h.End);
                return new YesNoMatch(original[h.Start..end], h.Start, end - 1, h.Value == YesNoWord.Yes);
            }
        }

        return null;
    }

    private static string Squeeze(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (i >= 2 && TextFolding.IsAsciiLetter(s[i]) && s[i] == s[i - 1] && s[i] == s[i - 2])
            {
                continue;
            }

            sb.Append(s[i]);
        }

        // What remains doubled ("yess", "noo") is in the lexicon.
        return sb.ToString();
    }

    private static string Text(string original, PhraseHit<YesNoWord> h) => original[h.Start..ExtendEmoji(original, h.End)];

    /// <summary>Keeps a skin-tone modifier or variation selector with its emoji ("👌🏿").</summary>
    private static int ExtendEmoji(string s, int end)
    {
        if (end + 1 < s.Length && s[end] == '\uD83C' && s[end + 1] is >= '\uDFFB' and <= '\uDFFF')
        {
            return end + 2;
        }

        return end < s.Length && s[end] == '\uFE0F' ? end + 1 : end;
    }

    private static List<PhraseHit<YesNoWord>> Hits(string folded)
    {
        var hits = YesNoLexicon.Instance.FindAll(folded);
        hits.RemoveAll(h => h.Value == YesNoWord.Neutral);

        // Single letters ("y", "n", "k") and "na" only count as the whole answer.
        var trimmed = folded.Trim(' ', '.', '!', '?', ',', '。', '！', '？');
        hits.RemoveAll(h => h.Phrase.Length <= 2 && TextFolding.IsAsciiLetter(h.Phrase[0]) && h.Phrase is not ("ok" or "no" or "ya") && trimmed != h.Phrase);
        hits.RemoveAll(h => h.Phrase is "中" or "要" or "没" or "别" or "right" or "please" or "fine" or "correct" && trimmed.Length > h.Phrase.Length + 3);
        return hits;
    }

    private static bool ContainsAlternative(string folded, List<PhraseHit<YesNoWord>> hits)
    {
        var yes = hits.Exists(h => h.Value == YesNoWord.Yes);
        var no = hits.Exists(h => h.Value == YesNoWord.No);
        if (!yes || !no)
        {
            return false;
        }

        var a = hits.First(h => h.Value is YesNoWord.Yes or YesNoWord.No);
        var b = hits.First(h => h.Value is YesNoWord.Yes or YesNoWord.No && h.Value != a.Value);
        var gap = folded[a.End..b.Start].Trim(' ', ',', '，');
        return gap is "or" or "还是" or "或" or "或者" or "/" or "and" or "又";
    }
}
