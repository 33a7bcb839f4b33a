using AfterSalesBot.TextAnalysis.Recognizers.Numbers;

namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>How an answer is compared with an option: exact, contained, by position, or with a typo.</summary>
public static partial class ChoiceRecognizer
{
    private static readonly string[] PartSeparators = [",", "，", "、", ";", "；", "/", "和", "跟", "及", "以及", "还有", "与", "&", "+", " and ", " und "];

    private static readonly string[] NumberPrefixes = ["选项", "选", "option", "opt", "no.", "no", "number", "#", "choice", "the"];

    private static readonly string[] NumberSuffixes = ["号", "個", "个", "项", "吧", "."];

    /// <summary>Lower case, ASCII width, no spaces or punctuation: "Option  B!" and "optionb" compare equal.</summary>
    internal static string Compact(string folded)
    {
        var sb = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c > '\u2000' && !char.IsPunctuation(c) && !char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int ExactScore(string compact, ChoiceOption option)
    {
        if (compact == Compact(TextFolding.Fold(option.Id)))
        {
            return 100;
        }

        foreach (var s in option.Synonyms)
        {
            if (compact == Compact(TextFolding.Fold(s)))
            {
                return 100;
            }
        }

        return 0;
    }

    private static int ContainsScore(string folded, string compact, ChoiceOption option)
    {
        var best = 0;
        foreach (var s in option.Synonyms.Append(option.Id))
        {
            var fs = TextFolding.Fold(s).Trim();
            var cs = Compact(fs);
            if (cs.Length == 0 || cs.Length > compact.Length)
            {
                continue;
            }

            var latin = cs.All(c => c < 128);
            if (latin)
            {
                // Latin labels must sit on word boundaries: "no" in "not now" is not the option "No".
                if (cs.Length >= 2 && ContainsWord(folded, fs))
                {
                    best = Math.Max(best, 50 + Math.Min(cs.Length, 40));
                }
            }
            else if (cs.Length >= 2 && compact.Contains(cs, StringComparison.Ordinal) && !Negated(compact, cs))
            {
                best = Math.Max(best, 50 + Math.Min(cs.Length, 40));
            }
        }

        return best;
    }

    private static bool Negated(string compact, string label)
    {
        var at = compact.IndexOf(label, StringComparison.Ordinal);
        return at > 0 && compact[at - 1] is '不' or '没' or '非';
    }

    private static bool ContainsWord(string folded, string phrase)
    {
        var at = 0;
        while ((at = folded.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
            var end = at + phrase.Length;
            var after = end >= folded.Length || !char.IsLetterOrDigit(folded[end]);
            var negated = at >= 4 && folded[..at].TrimEnd().EndsWith("not", StringComparison.Ordinal);
            if (before && after && !negated)
            {
                return true;
            }

            at++;
        }

        return false;
    }

    /// <summary>The option picked by its number, letter or position ("2", "选B", "第二个", "the last one"); null otherwise.</summary>
    private static int? IndexFromPosition(string original, string folded, string compact, int count)
    {
        var ordinals = OrdinalRecognizer.Find(original, "");
        if (ordinals.Count == 1)
        {
            var o = ordinals[0];
            var idx = o.RelativeTo switch
            {
                OrdinalAnchor.Start => (int)Math.Min(o.Offset, int.MaxValue) - 1,
                OrdinalAnchor.End => count - 1 + (int)o.Offset,
                _ => -1,
            };
            if (idx >= 0 && idx < count && compact.Length <= o.Text.Length + 8)
            {
                return idx;
            }
        }

        var stripped = StripAffixes(compact);

        // A letter: "B", "选B", "option b".
        if (stripped.Length == 1 && stripped[0] is >= 'a' and <= 'z')
        {
            var idx = stripped[0] - 'a';
            return idx < count ? idx : null;
        }

        var numbers = NumberScanner.Scan(stripped, stripped, rejectLetterSuffix: true);
        if (numbers.Count == 1 && numbers[0].Start == 0 && numbers[0].End == stripped.Length && numbers[0].Subtype == "integer")
        {
            var v = numbers[0].Value;
            return v >= 1 && v <= count ? (int)v - 1 : null;
        }

        return null;
    }

    private static string StripAffixes(string compact)
    {
        var s = compact;
        foreach (var p in NumberPrefixes)
        {
            var cp = Compact(p);
            if (cp.Length > 0 && s.Length > cp.Length && s.StartsWith(cp, StringComparison.Ordinal))
            {
                s = s[cp.Length..];
                break;
            }
        }

        foreach (var suffix in NumberSuffixes)
        {
            var cs = Compact(suffix);
            if (cs.Length > 0 && s.Length > cs.Length && s.EndsWith(cs, StringComparison.Ordinal))
            {
                s = s[..^cs.Length];
                break;
            }
        }

        return s;
    }

    /// <summary>One typo (two in long words) in a Latin label of at least four letters.</summary>
    private static int FuzzyScore(string folded, ChoiceOption option)
    {
        var words = WordSpan.Split(folded).Select(w => w.Text).ToList();
        if (words.Count == 0 || words.Count > 12)
        {
            return 0;
        }

        var best = 0;
        foreach (var s in option.Synonyms.Append(option.Id))
        {
            var label = TextFolding.Fold(s).Trim();
            if (label.Length < 4 || !label.All(c => c < 128))
            {
                continue;
            }

            var labelWords = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            for (var k = 0; k + labelWords <= words.Count; k++)
            {
                var candidate = string.Join(' ', words.Skip(k).Take(labelWords));
                var allowed = label.Length >= 8 ? 2 : 1;
                var d = EditDistance.Bounded(candidate, label, allowed);
                if (d <= allowed)
                {
                    best = Math.Max(best, 40 - d);
                }
            }
        }

        return best;
    }

    private static IEnumerable<string> SplitParts(string text)
    {
        var parts = new List<string> { TextFolding.Fold(text) };
        foreach (var sep in PartSeparators)
        {
            parts = [.. parts.SelectMany(p => p.Split(sep, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        }

        // "1 3" or "a c": space-separated short tokens are separate picks.
        return parts.SelectMany(p => p.Length <= 12 && p.Contains(' ', StringComparison.Ordinal) && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(x => x.Length <= 2)
            ? p.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [p]);
    }
}
