namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>Which languages to read an answer in, from a BCP-47 culture string.</summary>
[Flags]
internal enum Languages
{
    None = 0,
    Chinese = 1,
    English = 2,
    Both = Chinese | English,
}

internal static class LanguagesExtensions
{
    /// <summary>"zh-*" reads Chinese, "en-*" English; anything else both, because customers mix.</summary>
    public static Languages FromCulture(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return Languages.Both;
        }

        if (culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return Languages.Chinese;
        }

        return culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Languages.English : Languages.Both;
    }
}
