namespace AfterSalesBot.TextAnalysis.Classification.Taxonomy;

/// <summary>One problem category: its stable id, display names and definitions by culture (zh-CN, en-US).</summary>
public sealed record CategoryDefinition(string Id, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> Definitions);
