namespace AfterSalesBot.Bot.Channels;

/// <summary>The locales the bot answers in, and how a channel's BCP-47 tag maps onto them.</summary>
public static class SupportedLocales
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";

    /// <summary>
    /// Maps any Chinese tag (zh, zh-Hans, zh-TW…) to zh-CN and any English tag to en-US; null for anything else,
    /// so the caller can fall back to the conversation's or the configured locale.
    /// </summary>
    public static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var language = tag.Split('-', '_')[0];
        if (language.Equals("zh", StringComparison.OrdinalIgnoreCase))
        {
            return Chinese;
        }

        return language.Equals("en", StringComparison.OrdinalIgnoreCase) ? English : null;
    }
}
