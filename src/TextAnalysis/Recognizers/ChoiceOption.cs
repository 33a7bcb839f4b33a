namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>One option of a choice question.</summary>
/// <param name="Id">The stable id stored as the answer.</param>
/// <param name="Synonyms">The localized labels and any extra words customers use for it.</param>
public sealed record ChoiceOption(string Id, IReadOnlyList<string> Synonyms);
