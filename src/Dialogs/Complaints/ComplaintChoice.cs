namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>A category or demand the customer can pick: its id, its names by language, and other ways to say it.</summary>
public sealed record ComplaintChoice(string Id, IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> Synonyms)
{
    /// <summary>The name in <paramref name="locale"/>, else English, else the id.</summary>
    public string NameIn(string locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        if (Names.TryGetValue(locale, out var exact))
        {
            return exact;
        }

        var language = locale.Split('-')[0];
        foreach (var (key, value) in Names)
        {
            if (key.StartsWith(language, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return Names.GetValueOrDefault("en-US") ?? Id;
    }
}
