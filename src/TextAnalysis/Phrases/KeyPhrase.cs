namespace AfterSalesBot.TextAnalysis.Phrases;

/// <summary>An n-gram that stands out in a group of comments: how many of them contain it, and how strongly it marks the group (z-score of its log-odds).</summary>
public sealed record KeyPhrase(string Text, int Count, double Score);
