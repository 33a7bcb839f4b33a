using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>
/// Writes <c>timestamp</c> as ISO 8601 UTC with a trailing <c>Z</c> and no trailing fractional zeros, the
/// form channels send (System.Text.Json would write "+00:00"). Reads any ISO 8601 form.
/// </summary>
internal sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => false;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimestampText.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is not { } timestamp)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }
}
