using AfterSalesBot.TextAnalysis.Recognizers.Numbers;

namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>
/// Reads a rating answer on a scale (1–5 satisfaction, 0–10 NPS, …): numbers in every script ("4", "４", "四分",
/// "4星", "4⭐", "⭐⭐⭐⭐", "4/5", "four out of five", "五星好评", "满分"), and on a 1–5 scale satisfaction words
/// and emoji ("非常满意" 5, "还行" 3, "不太满意" 2, "terrible" 1, "👍" 4). Two competing values ("3 or 4",
/// "3到4", "3.5") are <see cref="RecognitionStatus.Ambiguous"/>, a value off the scale is not recognized.
/// </summary>
public static partial class RatingRecognizer
{
    private static readonly string[] MarkersAfter =
    [
        "分", "星", "颗星", "顆星", "个星", "顆", "颗", "⭐", "★", "🌟", " stars", " star", "stars", "star", " points", " point", " pts", "pts", " out of", "/",
    ];

    private static readonly string[] MarkersBefore = ["打", "给", "評", "评", "给个", "打个", "rate", "rating", "give", "score"];

    private static readonly string[] Alternatives = ["or", "或", "或者", "还是", "到", "至", "-", "~", "〜", "–", "—", "to", "and", "和", "、", ",", "/"];

    /// <summary>Any fixed day: dates are looked for only to know which digits belong to them.</summary>
    private static readonly DateTimeOffset DateSpanReference = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Recognizes a rating between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    /// <param name="culture">BCP-47 culture; both languages are read whatever it says.</param>
    public static Recognition<int> Recognize(string text, int min, int max, string culture)
    {
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

        // "上周二买的，还行": the 二 of a date is not a score. Dates written only in digits ("4/5") stay scores.
        var dates = DateRecognizer.Find(original, DateSpanReference, culture)
            .Where(d => d.Text.Any(c => !TextFolding.IsAsciiDigit(TextFolding.FoldChar(c)) && c is not ('/' or '.' or '-')))
            .ToList();
        tokens.RemoveAll(t => !IsMarked(folded, t) && (dates.Exists(d => t.Start <= d.End && d.Start < t.End) || IsQuantity(folded, t)));

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
}
