using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>
/// The one JSON shape of activities on every wire: camelCase, case-insensitive on read, nulls omitted,
/// non-ASCII text written as is (JSON bodies are not HTML; escaping Chinese would only bloat transcripts).
/// </summary>
public static class ActivityJson
{
    /// <summary>Serializer options for activities and everything inside them.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    public static byte[] SerializeToUtf8Bytes(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, Options);

    /// <summary>Parses an activity.</summary>
    /// <exception cref="JsonException">The text is not JSON, or is JSON <c>null</c>, or is not an object.</exception>
    public static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize<Activity>(json, Options) ?? throw new JsonException("The activity is JSON null.");

    /// <inheritdoc cref="Deserialize(string)"/>
    public static Activity Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<Activity>(utf8Json, Options) ?? throw new JsonException("The activity is JSON null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
