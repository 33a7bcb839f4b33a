using System.Globalization;
using System.Text.Json;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>Lenient ISO 8601 reading shared by the timestamp converters.</summary>
internal static class TimestampText
{
    public static DateTimeOffset? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A timestamp must be an ISO 8601 string.");
        }

        if (reader.TryGetDateTimeOffset(out var exact))
        {
            return exact;
        }

        // Some channels send offsets or precisions the strict reader refuses; a timestamp is not worth rejecting a turn.
        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw new JsonException($"'{text}' is not an ISO 8601 timestamp.");
    }
}
