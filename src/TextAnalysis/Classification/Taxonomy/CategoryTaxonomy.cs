using System.Text.Json;

namespace AfterSalesBot.TextAnalysis.Classification.Taxonomy;

/// <summary>
/// The problem categories (ids, bilingual names, one-line definitions), read from one JSON file
/// (<c>config/categories.json</c> by default) so a deployment can rename or extend them.
/// </summary>
public sealed class CategoryTaxonomy
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, CategoryDefinition> _byId;

    public CategoryTaxonomy(IReadOnlyList<CategoryDefinition> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Categories = categories;
        _byId = new Dictionary<string, CategoryDefinition>(StringComparer.Ordinal);
        foreach (var c in categories)
        {
            if (!_byId.TryAdd(c.Id, c))
            {
                throw new InvalidDataException($"Category '{c.Id}' is defined twice.");
            }
        }
    }

    /// <summary>The file the shipped service reads, relative to the application directory.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "config", "categories.json");

    public IReadOnlyList<CategoryDefinition> Categories { get; }

    /// <summary>The category with this id, or null.</summary>
    public CategoryDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The display name in <paramref name="culture"/> (zh-CN, en-US; a language prefix such as "zh" also matches), falling back to en-US, then the id.</summary>
    public string NameOf(string id, string culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (Find(id) is not { } c)
        {
            return id;
        }

        return Pick(c.Names, culture) ?? id;
    }

    internal static string? Pick(IReadOnlyDictionary<string, string> texts, string culture)
    {
        if (texts.TryGetValue(culture, out var exact))
        {
            return exact;
        }

        var language = culture.Split('-')[0];
        foreach (var (key, value) in texts)
        {
            if (key.Split('-')[0].Equals(language, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return texts.GetValueOrDefault("en-US");
    }

    /// <summary>Loads and validates a taxonomy file; errors name the file and the offending entry.</summary>
    public static CategoryTaxonomy Load(string path)
    {
        TaxonomyFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TaxonomyFile>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid taxonomy JSON ({e.Message}).", e);
        }

        if (file?.Categories is not { Count: > 0 } list)
        {
            throw new InvalidDataException($"{path}: 'categories' is missing or empty.");
        }

        if (file.SchemaVersion != 1)
        {
            throw new InvalidDataException($"{path}: schemaVersion {file.SchemaVersion} is not supported (expected 1).");
        }

        foreach (var c in list)
        {
            if (string.IsNullOrWhiteSpace(c.Id) || c.Names is null || !c.Names.ContainsKey("zh-CN") || !c.Names.ContainsKey("en-US"))
            {
                throw new InvalidDataException($"{path}: category '{c.Id}' needs an id and names for zh-CN and en-US.");
            }
        }

        return new CategoryTaxonomy(list.Select(c => new CategoryDefinition(
            c.Id!, c.Names!, c.Definitions ?? new Dictionary<string, string>())).ToList());
    }

    private sealed class TaxonomyFile
    {
        public int SchemaVersion { get; set; }

        public List<CategoryEntry>? Categories { get; set; }
    }

    private sealed class CategoryEntry
    {
        public string? Id { get; set; }

        public Dictionary<string, string>? Names { get; set; }

        public Dictionary<string, string>? Definitions { get; set; }
    }
}
