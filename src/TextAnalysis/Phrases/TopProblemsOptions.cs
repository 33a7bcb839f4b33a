namespace AfterSalesBot.TextAnalysis.Phrases;

/// <summary>Settings for <see cref="TopProblemsAnalyzer"/>.</summary>
public sealed record TopProblemsOptions
{
    /// <summary>How many problems to report (the domain's report asks for the top 5).</summary>
    public int Top { get; init; } = 5;

    /// <summary>Typical comments per problem.</summary>
    public int CasesPerProblem { get; init; } = 3;

    /// <summary>Key phrases per problem.</summary>
    public int PhrasesPerProblem { get; init; } = 5;

    /// <summary>A phrase must occur in at least this many of the problem's comments.</summary>
    public int MinPhraseCount { get; init; } = 2;

    /// <summary>Categories that are not problems (praise) or not actionable (other); left out of the ranking.</summary>
    public IReadOnlySet<string> NotProblems { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "praise", "other" };
}
