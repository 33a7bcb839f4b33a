namespace AfterSalesBot.Bot.Analysts;

/// <summary>A problem category and its display names.</summary>
public sealed record TaxonomyEntry(string Id, string Zh, string En);
