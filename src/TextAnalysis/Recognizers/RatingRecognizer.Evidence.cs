using AfterSalesBot.TextAnalysis.Recognizers.Lexicons;
using AfterSalesBot.TextAnalysis.Recognizers.Numbers;

namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>The evidence a rating is read from: satisfaction words, markers around numbers, alternatives, stars.</summary>
public static partial class RatingRecognizer
{
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

    /// <summary>Units that make a number a quantity, not a score: "物流5天才到，还行" is 3, not 5.</summary>
    private static readonly string[] QuantityUnits =
    [
        "天", "日", "小时", "个小时", "分钟", "周", "星期", "个月", "月", "年", "次", "块", "元", "件", "个", "号", "点", "岁", "公里", "遍", "趟",
        " days", " day", "days", " hours", " hour", "hrs", " weeks", " week", " months", " month", " years", " year", " times", " minutes",
        " mins", " dollars", " bucks", " items", " pcs", "x ",
    ];

    private static bool IsQuantity(string folded, NumberToken t)
    {
        foreach (var unit in QuantityUnits)
        {
            if (string.CompareOrdinal(folded, t.End, unit, 0, unit.Length) == 0)
            {
                return true;
            }
        }

        return t.Start > 0 && folded[t.Start - 1] is '$' or '¥' or '￥' or '#';
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
