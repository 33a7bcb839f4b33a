namespace AfterSalesBot.TextAnalysis.Privacy;

/// <summary>
/// Where personal data was found in the original text. It carries no copy of the value, so the list of findings
/// can be logged or audited without leaking what it points at.
/// </summary>
public sealed record PersonalDataMatch(PersonalDataKind Kind, int Start, int Length);
