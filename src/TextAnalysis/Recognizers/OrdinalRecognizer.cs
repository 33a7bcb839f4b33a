using AfterSalesBot.TextAnalysis.Recognizers.Numbers;

namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>
/// Finds ordinals: "第三", "第２５０", "3rd", "twenty-first", "two hundredth", and relative ones
/// ("last", "next one", "penultimate", "倒数第二", "最后一个", "上一个") used when customers pick a choice.
/// </summary>
public static class OrdinalRecognizer
{
    private static readonly (string Phrase, long Offset, OrdinalAnchor Anchor)[] EnglishRelative =
    [
        ("the one before the last one", -1, OrdinalAnchor.End),
        ("the one before last", -1, OrdinalAnchor.End),
        ("next to last", -1, OrdinalAnchor.End),
        ("second to last", -1, OrdinalAnchor.End),
        ("antepenultimate", -2, OrdinalAnchor.End),
        ("penultimate", -1, OrdinalAnchor.End),
        ("previous one", -1, OrdinalAnchor.Current),
        ("next one", 1, OrdinalAnchor.Current),
        ("last one", 0, OrdinalAnchor.End),
        ("previous", -1, OrdinalAnchor.Current),
        ("next", 1, OrdinalAnchor.Current),
        ("last", 0, OrdinalAnchor.End),
        ("current", 0, OrdinalAnchor.Current),
    ];

    private static readonly (string Phrase, long Offset, OrdinalAnchor Anchor)[] ChineseRelative =
    [
        ("最后一个", 0, OrdinalAnchor.End),
        ("最后那个", 0, OrdinalAnchor.End),
        ("最后一项", 0, OrdinalAnchor.End),
        ("上一个", -1, OrdinalAnchor.Current),
        ("下一个", 1, OrdinalAnchor.Current),
    ];

    /// <summary>Every ordinal in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<OrdinalMatch> Find(string text, string culture)
    {
        _ = culture;
        var original = TextFolding.Truncate(text);
        var folded = TextFolding.Fold(original);
        var found = new List<OrdinalMatch>();
        var cn = new ChineseNumberParser(folded, original, rejectLetterSuffix: false);
        var i = 0;
        while (i < folded.Length)
        {
            // 倒数第二 = second from the end.
            if (folded[i] == '倒' && i + 2 < folded.Length && folded[i + 1] == '数' && folded[i + 2] == '第' && i + 3 < folded.Length && cn.Parse(i + 3) is { } back && back.Subtype == "integer" && back.Value >= 1)
            {
                found.Add(Make(original, i, back.End, -(long)back.Value + 1, OrdinalAnchor.End));
                i = back.End;
                continue;
            }

            if (folded[i] == '第' && i + 1 < folded.Length && cn.Parse(i + 1) is { } t && t.Subtype == "integer" && t.Value >= 0 && t.Value < 1e15)
            {
                found.Add(Make(original, i, t.End, (long)t.Value, OrdinalAnchor.Start));
                i = t.End;
                continue;
            }

            if (MatchPhrase(folded, i, ChineseRelative, requireWordBoundary: false) is { } rel)
            {
                found.Add(Make(original, i, i + rel.Phrase.Length, rel.Offset, rel.Anchor));
                i += rel.Phrase.Length;
                continue;
            }

            i++;
        }

        FindEnglish(original, folded, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void FindEnglish(string original, string folded, List<OrdinalMatch> found)
    {
        var words = WordSpan.Split(folded);
        var en = new EnglishNumberParser(folded, words);
        var k = 0;
        while (k < words.Count)
        {
            var w = words[k];

            // "11th", "21st", "3rd".
            if (w.Text is "st" or "nd" or "rd" or "th" && w.Start > 0 && TextFolding.IsAsciiDigit(folded[w.Start - 1]))
            {
                var s = w.Start - 1;
                while (s > 0 && TextFolding.IsAsciiDigit(folded[s - 1]) && w.Start - s < 15)
                {
                    s--;
                }

                if (s == 0 || !TextFolding.IsAsciiLetter(folded[s - 1]))
                {
                    var v = long.Parse(folded[s..w.Start], System.Globalization.CultureInfo.InvariantCulture);
                    found.Add(Make(original, s, w.End, v, OrdinalAnchor.Start));
                }

                k++;
                continue;
            }

            if (MatchPhrase(folded, w.Start, EnglishRelative, requireWordBoundary: true) is { } rel)
            {
                found.Add(Make(original, w.Start, w.Start + rel.Phrase.Length, rel.Offset, rel.Anchor));
                var end = w.Start + rel.Phrase.Length;
                while (k < words.Count && words[k].Start < end)
                {
                    k++;
                }

                continue;
            }

            // Words: "first", "twenty-first", "one hundred twenty-fifth", "two hundredth", "three trillionth".
            var prefix = en.ParseCardinal(k);
            var next = prefix?.Next ?? k;
            double baseValue = prefix?.Value ?? 0;
            if (next < words.Count && (next == k || en.GapOk(next - 1, next)))
            {
                var ow = words[next].Text;
                long? value = null;
                if (EnglishNumberWords.Ordinals.TryGetValue(ow, out var ov))
                {
                    value = (long)baseValue + ov;
                }
                else if (EnglishNumberWords.OrdinalScales.TryGetValue(ow, out var scale) && prefix is not null)
                {
                    value = (long)(Math.Max(baseValue, 1) * scale);
                }

                // "a third", "one fifth" are fractions, not ordinals; "second" alone after "a" is time.
                var fractionLike = k > 0 && words[k - 1].Text == "a" && en.GapOk(k - 1, k) && prefix is null;
                if (value is { } v && !fractionLike && !(prefix is { } pf && pf.Used == 1 && baseValue < 20 && ov is > 2 and < 20 && words[k].Text != "hundred"))
                {
                    found.Add(Make(original, words[k].Start, words[next].End, v, OrdinalAnchor.Start));
                    k = next + 1;
                    continue;
                }
            }

            k = Math.Max(k + 1, prefix is null ? k + 1 : next);
        }
    }

    private static (string Phrase, long Offset, OrdinalAnchor Anchor)? MatchPhrase(string folded, int at, (string Phrase, long Offset, OrdinalAnchor Anchor)[] table, bool requireWordBoundary)
    {
        foreach (var entry in table)
        {
            if (string.CompareOrdinal(folded, at, entry.Phrase, 0, entry.Phrase.Length) != 0)
            {
                continue;
            }

            var end = at + entry.Phrase.Length;
            if (requireWordBoundary && ((end < folded.Length && TextFolding.IsAsciiLetter(folded[end])) || (at > 0 && TextFolding.IsAsciiLetter(folded[at - 1]))))
            {
                continue;
            }

            return entry;
        }

        return null;
    }

    private static OrdinalMatch Make(string original, int start, int endExclusive, long offset, OrdinalAnchor anchor) =>
        new(original[start..endExclusive], start, endExclusive - 1, offset, anchor);
}
