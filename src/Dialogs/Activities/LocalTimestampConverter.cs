using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>Writes <c>localTimestamp</c> as ISO 8601 keeping the sender's offset; reads any ISO 8601 form.</summary>
internal sealed class LocalTimestampConverter : JsonConverter<DateTimeOffset?>
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

        writer.WriteStringValue(timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
    }
}
