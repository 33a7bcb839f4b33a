using System.Globalization;

namespace AfterSalesBot.TextAnalysis.Recognizers.Specs;

/// <summary>
/// Runs a Recognizers-Text spec file through our recognizers and compares like the reference runner:
/// the number of results, then per result Text (after width folding and lower-casing), TypeName, Start and
/// End (when the spec states them), and the resolution: number value (numerically, relative tolerance
/// 1e-9) and subtype when stated; ordinal value/offset/relativeTo; boolean value (the score is not
/// compared); date values, each one's timex, type and value/start/end.
/// </summary>
public static class SpecRunner
{
    /// <summary>Reads and runs one spec file.</summary>
    public static SpecFileResult RunFile(string path)
    {
        var (language, model) = SpecFileReader.Infer(path);
        var cases = SpecFileReader.Read(File.ReadAllText(path));
        return new SpecFileResult(path, language, model, [.. cases.Select(c => RunCase(c, language, model))]);
    }

    /// <summary>Runs one case.</summary>
    public static SpecCaseResult RunCase(SpecCase specCase, string language, SpecModel model)
    {
        ArgumentNullException.ThrowIfNull(specCase);
        var culture = language == "Chinese" ? "zh-CN" : "en-US";
        var actual = Recognize(specCase, culture, model);
        return new SpecCaseResult(specCase, actual, Compare(specCase.Expected, actual));
    }

    private static IReadOnlyList<SpecEntity> Recognize(SpecCase c, string culture, SpecModel model)
    {
        switch (model)
        {
            case SpecModel.Number:
                return [.. NumberRecognizer.Find(c.Input, culture).Select(m => new SpecEntity(
                    m.Text, "number", m.Start, m.End,
                    new Dictionary<string, string> { ["value"] = Format(m.Value), ["subtype"] = m.Subtype }, []))];
            case SpecModel.Ordinal:
                return [.. OrdinalRecognizer.Find(c.Input, culture).Select(m => new SpecEntity(
                    m.Text, m.IsRelative ? "ordinal.relative" : "ordinal", m.Start, m.End,
                    new Dictionary<string, string>
                    {
                        ["value"] = m.Value,
                        ["offset"] = m.Offset.ToString(CultureInfo.InvariantCulture),
                        ["relativeTo"] = m.RelativeTo.ToString().ToLowerInvariant(),
                    }, []))];
            case SpecModel.Boolean:
                return YesNoRecognizer.Match(c.Input, culture) is { } b
                    ? [new SpecEntity(b.Text, "boolean", b.Start, b.End, new Dictionary<string, string> { ["value"] = b.Value ? "true" : "false" }, [])]
                    : [];
            default:
                // Cases without a reference time have no relative dates to resolve; any fixed day will do.
                var reference = c.Reference ?? new DateTimeOffset(2016, 11, 7, 0, 0, 0, TimeSpan.Zero);
                return [.. DateRecognizer.Find(c.Input, reference, culture).Select(ToEntity)];
        }
    }

    private static SpecEntity ToEntity(DateMatch m)
    {
        var values = new List<IReadOnlyDictionary<string, string>>();
        foreach (var v in m.Values)
        {
            values.Add(m.IsRange
                ? new Dictionary<string, string>
                {
                    ["timex"] = m.Timex,
                    ["type"] = "daterange",
                    ["start"] = Iso(v.Start),
                    ["end"] = Iso(m.ExplicitEnd ? v.End : v.End.AddDays(1)),
                }
                : new Dictionary<string, string> { ["timex"] = m.Timex, ["type"] = "date", ["value"] = Iso(v.Start) });
        }

        return new SpecEntity(m.Text, m.IsRange ? "datetimeV2.daterange" : "datetimeV2.date", m.Start, m.End, new Dictionary<string, string>(), values);
    }

    /// <summary>Null when <paramref name="actual"/> matches <paramref name="expected"/>, else the first difference.</summary>
    public static string? Compare(IReadOnlyList<SpecEntity> expected, IReadOnlyList<SpecEntity> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Count != actual.Count)
        {
            return $"expected {expected.Count} result(s), got {actual.Count}";
        }

        for (var k = 0; k < expected.Count; k++)
        {
            var e = expected[k];
            var a = actual[k];
            if (TextFolding.Fold(e.Text) != TextFolding.Fold(a.Text))
            {
                return $"result {k}: text '{a.Text}' instead of '{e.Text}'";
            }

            if (e.TypeName != a.TypeName)
            {
                return $"result {k}: type {a.TypeName} instead of {e.TypeName}";
            }

            if ((e.Start is { } es && es != a.Start) || (e.End is { } ee && ee != a.End))
            {
                return $"result {k}: span {a.Start}-{a.End} instead of {e.Start}-{e.End}";
            }

            foreach (var (key, value) in e.Fields)
            {
                if (!a.Fields.TryGetValue(key, out var got) || !SameField(key, value, got))
                {
                    return $"result {k}: {key} {got ?? "(none)"} instead of {value}";
                }
            }

            if (e.Values.Count != a.Values.Count)
            {
                return $"result {k}: {a.Values.Count} resolution value(s) instead of {e.Values.Count}";
            }

            for (var v = 0; v < e.Values.Count; v++)
            {
                var ev = e.Values[v];
                var av = a.Values[v];
                foreach (var key in ev.Keys.Union(av.Keys))
                {
                    ev.TryGetValue(key, out var want);
                    av.TryGetValue(key, out var got);
                    if (want != got)
                    {
                        return $"result {k} value {v}: {key} {got ?? "(none)"} instead of {want ?? "(none)"}";
                    }
                }
            }
        }

        return null;
    }

    private static bool SameField(string key, string expected, string actual)
    {
        if (key == "value" && double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
            && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a))
        {
            return Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e));
        }

        return string.Equals(expected, actual, StringComparison.Ordinal);
    }

    private static string Format(double v) => v.ToString("G15", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
