namespace AfterSalesBot.TextAnalysis.Privacy;

/// <summary>The text with personal data replaced by '*', and what was found (positions refer to the original text; masking keeps every length).</summary>
public sealed record MaskedText(string Text, IReadOnlyList<PersonalDataMatch> Found)
{
    /// <summary>Whether anything was masked.</summary>
    public bool HasPersonalData => Found.Count > 0;
}
