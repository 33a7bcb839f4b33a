using System.Text;
using AfterSalesBot.TextAnalysis.Classification.Features;

namespace AfterSalesBot.TextAnalysis.Phrases;

/// <summary>
/// The distinct phrase candidates of one comment: character 2–4-grams of Chinese runs and word 1–3-grams
/// of Latin runs, without n-grams that begin or end on a function word (they never read as a phrase).
/// </summary>
internal static class PhraseCandidates
{
    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "is", "are",
        "was", "were", "be", "been", "it", "its", "this", "that", "i", "me", "my", "we", "our", "you", "your", "he", "she",
        "they", "them", "their", "so", "as", "if", "then", "than", "have", "has", "had", "do", "did", "does", "just",
        "very", "there", "here", "what", "which", "who", "will", "would", "can", "could", "all", "also", "about",
    };

    // Characters that carry grammar rather than meaning; a phrase does not start or end on them.
    private const string ChineseFunctionChars = "的了是在我你他她它们也都就很吗呢吧啊呀和与及而又还把被给让这那个有";

    public static HashSet<string> Of(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        var run = new StringBuilder();
        var word = new StringBuilder();

        void FlushRun()
        {
            AddCjk(run.ToString(), result);
            run.Clear();
        }

        void FlushWord()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        void FlushWords()
        {
            FlushWord();
            AddWords(words, result);
            words.Clear();
        }

        foreach (var c in normalized)
        {
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF'))
            {
                FlushWords();
                run.Append(c);
            }
            else if (char.IsLetterOrDigit(c) || (c == '\'' && word.Length > 0))
            {
                FlushRun();
                word.Append(c);
            }
            else
            {
                FlushRun();
                if (char.IsWhiteSpace(c))
                {
                    FlushWord();
                }
                else
                {
                    // Punctuation ends a phrase.
                    FlushWords();
                }
            }
        }

        FlushRun();
        FlushWords();
        return result;
    }

    private static void AddCjk(string run, HashSet<string> result)
    {
        for (var n = 2; n <= 4; n++)
        {
            for (var i = 0; i + n <= run.Length; i++)
            {
                if (!ChineseFunctionChars.Contains(run[i], StringComparison.Ordinal) &&
                    !ChineseFunctionChars.Contains(run[i + n - 1], StringComparison.Ordinal))
                {
                    result.Add(run.Substring(i, n));
                }
            }
        }
    }

    private static void AddWords(List<string> words, HashSet<string> result)
    {
        for (var n = 1; n <= 3; n++)
        {
            for (var i = 0; i + n <= words.Count; i++)
            {
                var first = words[i];
                var last = words[i + n - 1];
                if (EnglishStopWords.Contains(first) || EnglishStopWords.Contains(last) || (n == 1 && first.Length < 3))
                {
                    continue;
                }

                result.Add(string.Join(' ', words.GetRange(i, n)));
            }
        }
    }
}
