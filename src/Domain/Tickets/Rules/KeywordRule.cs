namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>
/// A named word list. Chinese words match anywhere in the text; Latin words match whole words, ignoring case
/// and full-width forms ("Smoke", "ｓｍｏｋｅ").
/// </summary>
public sealed class KeywordRule : RaiseRule
{
    public string Name { get; set; } = string.Empty;

    public List<string> Words { get; set; } = [];
}
