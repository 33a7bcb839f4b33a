namespace AfterSalesBot.TextAnalysis.Recognizers.Numbers;

/// <summary>A run of ASCII letters in folded text (End exclusive).</summary>
internal readonly record struct WordSpan(int Start, int End, string Text)
{
    /// <summary>The ASCII words of a folded text, in order; apostrophes stay inside words ("don't").</summary>
    public static List<WordSpan> Split(string folded)
    {
        var words = new List<WordSpan>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!TextFolding.IsAsciiLetter(folded[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < folded.Length && (TextFolding.IsAsciiLetter(folded[i]) || (folded[i] is '\'' or '\u2019' && i + 1 < folded.Length && TextFolding.IsAsciiLetter(folded[i + 1]))))
            {
                i++;
            }

            words.Add(new WordSpan(s, i, folded[s..i].Replace('\u2019', '\'')));
        }

        return words;
    }
}
