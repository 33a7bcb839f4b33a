namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>
/// Matches an answer to the options of a choice question: by id, label or synonym (ignoring case, width,
/// spaces and punctuation, tolerating a small typo in longer Latin words), by number ("2", "选2", "option 2",
/// "第二个", "the second one", "the last one") or by letter ("B", "选B"). Two options matched equally well
/// are <see cref="RecognitionStatus.Ambiguous"/>.
/// </summary>
public static partial class ChoiceRecognizer
{
    /// <summary>Recognizes one option; the value is its <see cref="ChoiceOption.Id"/>.</summary>
    public static Recognition<string> Recognize(string text, IReadOnlyList<ChoiceOption> options, string culture)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = culture;
        var original = TextFolding.Truncate(text);
        if (options.Count == 0 || original.Trim().Length == 0)
        {
            return Recognition<string>.None;
        }

        var scores = Score(original, options);
        var best = scores.Max();
        if (best <= 0)
        {
            return Recognition<string>.None;
        }

        var winners = Enumerable.Range(0, options.Count).Where(k => scores[k] == best).Select(k => options[k].Id).ToList();
        return winners.Count == 1 ? Recognition<string>.Recognized(winners[0], original.Trim()) : Recognition<string>.Ambiguous(winners);
    }

    /// <summary>
    /// Recognizes several options ("1和3", "A, C", "price and quality", "都要"); the value lists ids in option order.
    /// Ambiguous when any part is; not recognized when no part is.
    /// </summary>
    public static Recognition<IReadOnlyList<string>> RecognizeMany(string text, IReadOnlyList<ChoiceOption> options, string culture)
    {
        ArgumentNullException.ThrowIfNull(options);
        var original = TextFolding.Truncate(text);
        var folded = Compact(TextFolding.Fold(original));
        if (options.Count == 0 || folded.Length == 0)
        {
            return Recognition<IReadOnlyList<string>>.None;
        }

        // Whole-answer match first: an option label may itself contain "和" or "and".
        var whole = Recognize(original, options, culture);
        if (whole.IsRecognized && ExactScore(folded, options.First(o => o.Id == whole.Value)) > 0)
        {
            return Recognition<IReadOnlyList<string>>.Recognized([whole.Value!], original.Trim());
        }

        if (folded is "all" or "allofthem" or "all of them" or "全部" or "都" or "都要" or "都是" or "全选" or "以上都是" or "everything")
        {
            return Recognition<IReadOnlyList<string>>.Recognized([.. options.Select(o => o.Id)], original.Trim());
        }

        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in SplitParts(original))
        {
            var r = Recognize(part, options, culture);
            if (r.Status == RecognitionStatus.Ambiguous)
            {
                return Recognition<IReadOnlyList<string>>.Ambiguous([r.Candidates]);
            }

            if (r.IsRecognized)
            {
                chosen.Add(r.Value!);
            }
        }

        if (chosen.Count == 0)
        {
            return Recognition<IReadOnlyList<string>>.None;
        }

        return Recognition<IReadOnlyList<string>>.Recognized([.. options.Select(o => o.Id).Where(chosen.Contains)], original.Trim());
    }

    private static int[] Score(string original, IReadOnlyList<ChoiceOption> options)
    {
        var folded = TextFolding.Fold(original);
        var compact = Compact(folded);
        var scores = new int[options.Count];
        for (var k = 0; k < options.Count; k++)
        {
            scores[k] = Math.Max(ExactScore(compact, options[k]), ContainsScore(folded, compact, options[k]));
        }

        if (scores.Max() >= 100)
        {
            return scores;
        }

        if (IndexFromPosition(original, folded, compact, options.Count) is { } index)
        {
            scores[index] = Math.Max(scores[index], 90);
            return scores;
        }

        if (scores.Max() == 0)
        {
            for (var k = 0; k < options.Count; k++)
            {
                scores[k] = FuzzyScore(folded, options[k]);
            }
        }

        return scores;
    }
}
