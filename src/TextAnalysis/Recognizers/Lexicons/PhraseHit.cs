namespace AfterSalesBot.TextAnalysis.Recognizers.Lexicons;

/// <summary>A lexicon phrase found in folded text (End exclusive).</summary>
internal readonly record struct PhraseHit<T>(int Start, int End, T Value, string Phrase);
