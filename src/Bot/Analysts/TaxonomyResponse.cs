namespace AfterSalesBot.Bot.Analysts;

/// <summary>The tags an analyst may choose, with display names: categories (zh/en), sentiments, emotions.</summary>
public sealed record TaxonomyResponse(IReadOnlyList<TaxonomyEntry> Categories, IReadOnlyList<string> Sentiments, IReadOnlyList<string> Emotions);
