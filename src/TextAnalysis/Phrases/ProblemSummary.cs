namespace AfterSalesBot.TextAnalysis.Phrases;

/// <summary>One of the top problems: its category, how many comments have it as main category, their share, typical cases and key phrases.</summary>
public sealed record ProblemSummary(string Category, int Count, double Share, IReadOnlyList<string> TypicalCases, IReadOnlyList<KeyPhrase> KeyPhrases);
