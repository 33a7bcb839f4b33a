namespace AfterSalesBot.TextAnalysis.Recognizers.Specs;

/// <summary>
/// One recognized entity in the shape of a Recognizers-Text spec result: text, type, offsets and the
/// resolution flattened to strings (number/ordinal/boolean fields, or the list of date values).
/// </summary>
/// <param name="Text">Matched text.</param>
/// <param name="TypeName">"number", "ordinal", "boolean", "datetimeV2.date", …</param>
/// <param name="Start">First offset, when the spec states it.</param>
/// <param name="End">Last offset (inclusive), when the spec states it.</param>
/// <param name="Fields">Resolution fields ("value", "subtype", "offset", "relativeTo").</param>
/// <param name="Values">Date resolution values ("timex", "type", "value", "start", "end").</param>
public sealed record SpecEntity(
    string Text,
    string TypeName,
    int? Start,
    int? End,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Values)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var fields = string.Join(",", Fields.Select(f => $"{f.Key}={f.Value}"));
        var values = string.Join(" | ", Values.Select(v => string.Join(",", v.Select(f => $"{f.Key}={f.Value}"))));
        return $"[{Text}] {TypeName} {Start}-{End} {fields}{(values.Length > 0 ? " " + values : "")}";
    }
}
