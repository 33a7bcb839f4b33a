using System.Collections;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>
/// Text in several languages: a JSON object of language tag → text, e.g. <c>{"zh-CN": "您好", "en-US": "Hello"}</c>.
/// </summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText : IReadOnlyDictionary<string, string>
{
    private readonly Dictionary<string, string> _byLanguage;

    public LocalizedText(IReadOnlyDictionary<string, string> byLanguage)
    {
        ArgumentNullException.ThrowIfNull(byLanguage);
        _byLanguage = new Dictionary<string, string>(byLanguage, StringComparer.OrdinalIgnoreCase);
    }

    public int Count => _byLanguage.Count;

    public IEnumerable<string> Keys => _byLanguage.Keys;

    public IEnumerable<string> Values => _byLanguage.Values;

    public string this[string key] => _byLanguage[key];

    /// <summary>
    /// The text for <paramref name="locale"/>: the exact tag, else the same language ("zh-TW" → "zh-CN"),
    /// else <paramref name="fallbackLocale"/>, else any text at all.
    /// </summary>
    public string For(string locale, string fallbackLocale)
    {
        if (_byLanguage.TryGetValue(locale, out var exact))
        {
            return exact;
        }

        var language = LanguageOf(locale);
        foreach (var (tag, text) in _byLanguage)
        {
            if (string.Equals(LanguageOf(tag), language, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        if (_byLanguage.TryGetValue(fallbackLocale, out var fallback))
        {
            return fallback;
        }

        return _byLanguage.Values.FirstOrDefault() ?? string.Empty;
    }

    public bool ContainsKey(string key) => _byLanguage.ContainsKey(key);

    public bool TryGetValue(string key, out string value) => _byLanguage.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _byLanguage.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string LanguageOf(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? tag : tag[..dash];
    }
}
