namespace AfterSalesBot.TextAnalysis.Recognizers.Lexicons;

/// <summary>
/// Longest-match phrase lookup over folded text. English phrases must sit on word boundaries; a one-character
/// Chinese phrase ("好", "行") counts only when it stands on its own or before a sentence particle, so "好评"
/// or "银行" do not read as "好"/"行". Phrases are indexed by first character: each position costs a few
/// ordinal comparisons, so the scan is linear in the input.
/// </summary>
internal sealed class PhraseLexicon<T>
{
    private const string Particles = "的啊呀吧了嘞滴哒哈呢哦噢喔呗啦咯么嘛耶哇嗷~!！。.,，?？ ";

    private readonly Dictionary<char, List<(string Phrase, T Value)>> _byFirst = [];

    public PhraseLexicon(IEnumerable<(string Phrase, T Value)> entries)
    {
        foreach (var (phrase, value) in entries)
        {
            var folded = TextFolding.Fold(phrase);
            if (!_byFirst.TryGetValue(folded[0], out var list))
            {
                list = [];
                _byFirst[folded[0]] = list;
            }

            list.Add((folded, value));
        }

        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        }
    }

    /// <summary>Non-overlapping hits, left to right, the longest phrase winning at each position.</summary>
    public List<PhraseHit<T>> FindAll(string folded)
    {
        var hits = new List<PhraseHit<T>>();
        var i = 0;
        while (i < folded.Length)
        {
            if (MatchAt(folded, i) is { } hit)
            {
                hits.Add(hit);
                i = hit.End;
            }
            else
            {
                i++;
            }
        }

        return hits;
    }

    public PhraseHit<T>? MatchAt(string folded, int i)
    {
        if (!_byFirst.TryGetValue(folded[i], out var list))
        {
            return null;
        }

        foreach (var (phrase, value) in list)
        {
            if (i + phrase.Length > folded.Length || string.CompareOrdinal(folded, i, phrase, 0, phrase.Length) != 0)
            {
                continue;
            }

            if (!Bounded(folded, i, i + phrase.Length, phrase))
            {
                continue;
            }

            return new PhraseHit<T>(i, i + phrase.Length, value, phrase);
        }

        return null;
    }

    private static bool Bounded(string s, int start, int end, string phrase)
    {
        if (TextFolding.IsAsciiLetter(phrase[0]) && start > 0 && (TextFolding.IsAsciiLetter(s[start - 1]) || TextFolding.IsAsciiDigit(s[start - 1])))
        {
            return false;
        }

        if (TextFolding.IsAsciiLetter(phrase[^1]) && end < s.Length && (TextFolding.IsAsciiLetter(s[end]) || TextFolding.IsAsciiDigit(s[end])))
        {
            return false;
        }

        if (phrase.Length == 1 && TextFolding.IsCjk(phrase[0]))
        {
            var beforeOk = start == 0 || !TextFolding.IsCjk(s[start - 1]);
            var afterOk = end == s.Length || !TextFolding.IsCjk(s[end]) || Particles.Contains(s[end], StringComparison.Ordinal);
            return beforeOk && afterOk;
        }

        return true;
    }
}
