using AfterSalesBot.TextAnalysis.Recognizers.Lexicons;
using AfterSalesBot.TextAnalysis.Recognizers.Numbers;

namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>
/// Reads a rating answer on a scale (1–5 satisfaction, 0–10 NPS, …): numbers in every script ("4", "４", "四分",
/// "4星", "4⭐", "⭐⭐⭐⭐", "4/5", "four out of five", "五星好评", "满分"), and on a 1–5 scale satisfaction words
/// and emoji ("非常满意" 5, "还行" 3, "不太满意" 2, "terrible" 1, "👍" 4). Two competing values ("3 or 4",
/// "3到4", "3.5") are <see cref="RecognitionStatus.Ambiguous"/>, a value off the scale is not recognized.
/// </summary>
public static class RatingRecognizer
{
    private static readonly string[] MarkersAfter =
    [
        "分", "星", "颗星", "顆星", "个星", "顆", "颗", "⭐", "★", "🌟", " stars", " star", "stars", "star", " points", " point", " pts", "pts", " out of", "/",
    ];

    private static readonly string[] MarkersBefore = ["打", "给", "評", "评", "给个", "打个", "rate", "rating", "give", "score"];

    private static readonly string[] Alternatives = ["or", "或", "或者", "还是", "到", "至", "-", "~", "〜", "–", "—", "to", "and", "和", "、", ",", "/"];

    /// <summary>Recognizes a rating between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    /// <param name="culture">BCP-47 culture; both languages are read whatever it says.</param>
    public static Recognition<int> Recognize(string text, int min, int max, string culture)
    {
        _ = culture;
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "max must not be below min.");
        }

        var original = TextFolding.Truncate(text);
        var folded = TextFolding.Fold(original);
        if (folded.Trim().Length == 0)
        {
            return Recognition<int>.None;
        }

        var wordsAllowed = min == 1 && max == 5;
        var satisfaction = FindSatisfaction(folded);
        var marked = new List<(int Value, int Start, int End)>();
        var plain = new List<(int Value, int Start, int End)>();
        var ambiguous = new List<int>();

        var tokens = NumberScanner.Scan(original, folded, rejectLetterSuffix: false);
        tokens.RemoveAll(t => satisfaction.Exists(h => t.Start < h.End && h.Start < t.End) || (t.End < folded.Length && folded[t.End] == '%'));

        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];

            // "3 or 4", "3到4", "3-4": two values, ask again.
            if (k + 1 < tokens.Count && IsAlternative(folded, t, tokens[k + 1]))
            {
                AddInRange(ambiguous, t.Value, min, max);
                AddInRange(ambiguous, tokens[k + 1].Value, min, max);
                k++;
                continue;
            }

            // "三四分" is "three or four points".
            if (t.Length == 2 && ChineseNumerals.Digit(folded[t.Start]) is var d1 && d1 > 0 && ChineseNumerals.Digit(folded[t.Start + 1]) is var d2 && d2 == d1 + 1)
            {
                AddInRange(ambiguous, d1, min, max);
                AddInRange(ambiguous, d2, min, max);
                continue;
            }

            if (t.Denominator is { } den && t.Numerator is { } num && den > 0 && num >= 0 && num <= den)
            {
                var scaled = den == max ? num : num * max / den;
                AddValue(scaled, t, marked, ambiguous, min, max);
                continue;
            }

            if (t.Value < 0 && t.IsDigits)
            {
                // A dash before a digit in a short answer is punctuation ("-5-"), not a sign.
                t = t with { Value = -t.Value };
            }

            var target = IsMarked(folded, t) ? marked : plain;
            AddValue(t.Value, t, target, ambiguous, min, max);
        }

        AddStars(folded, marked);
        AddFullMarks(folded, max, marked);

        if (ambiguous.Count > 0)
        {
            return ambiguous.Distinct().Count() > 1 ? Recognition<int>.Ambiguous([.. ambiguous.Distinct().Order()]) : Recognition<int>.None;
        }

        if (Decide(marked, original, min, max) is { } fromMarked)
        {
            return fromMarked;
        }

        if (Decide(plain, original, min, max) is { } fromPlain && (fromPlain.Status != RecognitionStatus.NotRecognized || satisfaction.Count == 0 || !wordsAllowed))
        {
            return fromPlain;
        }

        if (wordsAllowed && satisfaction.Count > 0)
        {
            var scores = satisfaction.Select(h => h.Value).Distinct().Order().ToList();
            if (scores.Count == 1)
            {
                var hit = satisfaction[0];
                return Recognition<int>.Recognized(scores[0], original[hit.Start..satisfaction[^1].End]);
            }

            return Recognition<int>.Ambiguous(scores);
        }

        return Recognition<int>.None;
    }

    private static Recognition<int>? Decide(List<(int Value, int Start, int End)> found, string original, int min, int max)
    {
        if (found.Count == 0)
        {
            return null;
        }

        var distinct = found.Select(f => f.Value).Distinct().ToList();
        var inRange = distinct.Where(v => v >= min && v <= max).Order().ToList();
        if (inRange.Count == 1)
        {
            var first = found.First(f => f.Value == inRange[0]);
            return Recognition<int>.Recognized(inRange[0], original[first.Start..first.End]);
        }

        return inRange.Count > 1 ? Recognition<int>.Ambiguous(inRange) : Recognition<int>.None;
    }

    private static void AddValue(double value, NumberToken t, List<(int, int, int)> target, List<int> ambiguous, int min, int max)
    {
        if (value != Math.Floor(value))
        {
            // "3.5" sits between two points of the scale.
            AddInRange(ambiguous, Math.Floor(value), min, max);
            AddInRange(ambiguous, Math.Ceiling(value), min, max);
            return;
        }

        if (value is > -1000 and < 1000)
        {
            target.Add(((int)value, t.Start, t.End));
        }
    }

    private static void AddInRange(List<int> list, double v, int min, int max)
    {
        if (v == Math.Floor(v) && v >= min && v <= max)
        {
            list.Add((int)v);
        }
    }

    private static List<PhraseHit<int>> FindSatisfaction(string folded)
    {
        var hits = SatisfactionLexicon.Instance.FindAll(folded);
        hits.RemoveAll(h => h.Value == 0);
        var words = WordSpan.Split(folded);
        for (var k = 0; k < hits.Count; k++)
        {
            var h = hits[k];
            if (h.Phrase.StartsWith("not", StringComparison.Ordinal) || h.Phrase.StartsWith('不'))
            {
                continue;
            }

            // "not very happy", "wasn't great", "没有很满意", "并不满意".
            var negated = false;
            var wi = words.FindIndex(w => w.Start == h.Start);
            for (var back = 1; wi >= 0 && back <= 3 && wi - back >= 0; back++)
            {
                var w = words[wi - back].Text;
                if (SatisfactionLexicon.EnglishNegators.Contains(w))
                {
                    negated = true;
                    break;
                }

                if (w is not ("very" or "really" or "so" or "too" or "that" or "quite" or "at" or "all" or "it" or "was" or "is" or "very,"))
                {
                    break;
                }
            }

            if (!negated && h.Start > 0)
            {
                var before = h.Start >= 3 ? folded[(h.Start - 3)..h.Start] : folded[..h.Start];
                negated = before.EndsWith('不') || before.EndsWith('没') || before.EndsWith("没有", StringComparison.Ordinal)
                    || before.EndsWith("不太", StringComparison.Ordinal) || before.EndsWith("不是", StringComparison.Ordinal)
                    || before.EndsWith("不够", StringComparison.Ordinal) || before.EndsWith("不怎么", StringComparison.Ordinal);
            }

            if (negated)
            {
                hits[k] = h with { Value = SatisfactionLexicon.Negate(h.Value) };
            }
        }

        // Words outrank emoji; a misspelt long word ("satisifed") counts when nothing else was found.
        if (hits.Exists(h => !SatisfactionLexicon.IsEmoji(h.Phrase)))
        {
            hits.RemoveAll(h => SatisfactionLexicon.IsEmoji(h.Phrase));
        }
        else if (hits.Count == 0)
        {
            foreach (var w in words)
            {
                if (w.Text.Length < 6)
                {
                    continue;
                }

                foreach (var (word, score) in SatisfactionLexicon.LongEnglishWords)
                {
                    if (EditDistance.Bounded(w.Text, word, 1) <= 1)
                    {
                        var negated = words.Exists(x => x.End <= w.Start && w.Start - x.End < 12 && SatisfactionLexicon.EnglishNegators.Contains(x.Text));
                        hits.Add(new PhraseHit<int>(w.Start, w.End, negated ? SatisfactionLexicon.Negate(score) : score, word));
                        break;
                    }
                }
            }
        }

        return hits;
    }

    private static bool IsMarked(string folded, NumberToken t)
    {
        foreach (var m in MarkersAfter)
        {
            if (string.CompareOrdinal(folded, t.End, m, 0, m.Length) == 0 && !(m == "分" && t.End + 1 < folded.Length && folded[t.End + 1] is '之' or '钟' or '鐘'))
            {
                return true;
            }
        }

        var before = folded[Math.Max(0, t.Start - 8)..t.Start].TrimEnd();
        foreach (var m in MarkersBefore)
        {
            if (before.EndsWith(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAlternative(string folded, NumberToken a, NumberToken b)
    {
        if (a.Value == b.Value || b.Start - a.End > 8)
        {
            return false;
        }

        var gap = folded[a.End..b.Start].Trim();
        if (gap.EndsWith('分') || gap.EndsWith('星'))
        {
            gap = gap[..^1].Trim();
        }

        return Array.IndexOf(Alternatives, gap) >= 0;
    }

    /// <summary>"⭐⭐⭐⭐", "★★★☆☆": count the filled stars.</summary>
    private static void AddStars(string folded, List<(int, int, int)> marked)
    {
        var i = 0;
        while (i < folded.Length)
        {
            var start = i;
            var count = 0;
            while (i < folded.Length)
            {
                if (folded[i] == '★' || folded[i] == '\u2B50')
                {
                    count++;
                    i++;
                }
                else if (folded[i] is '☆' or '\uFE0F' or ' ')
                {
                    i++;
                }
                else if (i + 1 < folded.Length && folded[i] == '\uD83C' && folded[i + 1] == '\uDF1F')
                {
                    count++;
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            // A star right after a number is its unit ("4⭐"), already counted as a marked number.
            var afterNumber = start > 0 && (TextFolding.IsAsciiDigit(folded[start - 1]) || ChineseNumerals.Digit(folded[start - 1]) >= 0);
            if (count > 0 && !afterNumber)
            {
                marked.Add((count, start, i));
            }

            i = Math.Max(i, start + 1);
        }
    }

    private static void AddFullMarks(string folded, int max, List<(int, int, int)> marked)
    {
        foreach (var word in new[] { "满分", "滿分", "full marks", "full score" })
        {
            var at = folded.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                marked.Add((max, at, at + word.Length));
            }
        }
    }
}
