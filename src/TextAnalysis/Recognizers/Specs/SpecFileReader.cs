using System.Globalization;
using System.Text.Json;

namespace AfterSalesBot.TextAnalysis.Recognizers.Specs;

/// <summary>Reads a Recognizers-Text spec file (a JSON array of cases) and infers language and model from its path.</summary>
public static class SpecFileReader
{
    /// <summary>"Chinese"/"English" and the model, from a path like ".../English/NumberModel.json".</summary>
    public static (string Language, SpecModel Model) Infer(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var normalized = path.Replace('\\', '/');
        var language = normalized.Contains("Chinese", StringComparison.OrdinalIgnoreCase) ? "Chinese"
            : normalized.Contains("English", StringComparison.OrdinalIgnoreCase) ? "English"
            : throw new ArgumentException($"Cannot tell the language of '{path}': the path should contain Chinese or English.", nameof(path));
        var file = System.IO.Path.GetFileName(normalized);
        SpecModel model = file switch
        {
            _ when file.StartsWith("NumberModel", StringComparison.OrdinalIgnoreCase) => SpecModel.Number,
            _ when file.StartsWith("OrdinalModel", StringComparison.OrdinalIgnoreCase) => SpecModel.Ordinal,
            _ when file.StartsWith("BooleanModel", StringComparison.OrdinalIgnoreCase) => SpecModel.Boolean,
            _ when file.StartsWith("DateTimeModel", StringComparison.OrdinalIgnoreCase) => SpecModel.DateTime,
            _ => throw new ArgumentException($"Cannot tell the model of '{path}': expected NumberModel, OrdinalModel, BooleanModel or DateTimeModel.", nameof(path)),
        };
        return (language, model);
    }

    /// <summary>Parses the cases of a spec file.</summary>
    public static IReadOnlyList<SpecCase> Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var cases = new List<SpecCase>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var input = c.GetProperty("Input").GetString() ?? string.Empty;
            DateTimeOffset? reference = null;
            if (c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rdt) && rdt.GetString() is { } r)
            {
                var dt = DateTime.Parse(r, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
                reference = new DateTimeOffset(dt, TimeSpan.Zero);
            }

            var notSupported = ListsDotnet(c, "NotSupported") || ListsDotnet(c, "NotSupportedByDesign");
            var expected = new List<SpecEntity>();
            if (c.TryGetProperty("Results", out var results))
            {
                foreach (var e in results.EnumerateArray())
                {
                    expected.Add(ReadEntity(e));
                }
            }

            cases.Add(new SpecCase(input, reference, notSupported, expected));
        }

        return cases;
    }

    private static bool ListsDotnet(JsonElement c, string property) =>
        c.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String
        && (v.GetString() ?? string.Empty).Split(',').Any(p => p.Trim().Equals("dotnet", StringComparison.OrdinalIgnoreCase));

    private static SpecEntity ReadEntity(JsonElement e)
    {
        var text = e.TryGetProperty("Text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        var type = e.TryGetProperty("TypeName", out var tn) ? tn.GetString() ?? string.Empty : string.Empty;
        int? start = e.TryGetProperty("Start", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
        int? end = e.TryGetProperty("End", out var en) && en.ValueKind == JsonValueKind.Number ? en.GetInt32() : null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new List<IReadOnlyDictionary<string, string>>();
        if (e.TryGetProperty("Resolution", out var res) && res.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in res.EnumerateObject())
            {
                if (p.Name == "values" && p.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var v in p.Value.EnumerateArray())
                    {
                        values.Add(v.EnumerateObject().Where(x => x.Value.ValueKind != JsonValueKind.Null)
                            .ToDictionary(x => x.Name, x => Scalar(x.Value), StringComparer.Ordinal));
                    }
                }
                else if (p.Value.ValueKind != JsonValueKind.Null && p.Name != "score")
                {
                    fields[p.Name] = Scalar(p.Value);
                }
            }
        }

        return new SpecEntity(text, type, start, end, fields, values);
    }

    private static string Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() ?? string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => v.GetRawText(),
    };
}
