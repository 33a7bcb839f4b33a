using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>Reads and writes <see cref="LocalizedText"/> as a plain JSON object of language → text.</summary>
public sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("expected an object of language → text, e.g. {\"zh-CN\": \"…\", \"en-US\": \"…\"}");
        }

        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var language = reader.GetString() ?? string.Empty;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"the text for language '{language}' must be a string");
            }

            if (!texts.TryAdd(language, reader.GetString() ?? string.Empty))
            {
                throw new JsonException($"language '{language}' is given twice");
            }
        }

        return new LocalizedText(texts);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (language, text) in value)
        {
            writer.WriteString(language, text);
        }

        writer.WriteEndObject();
    }
}
