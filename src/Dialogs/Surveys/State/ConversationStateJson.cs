using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Surveys.State;

/// <summary>Reads and writes the state document (source-generated: it is on every turn's path).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationState))]
public sealed partial class ConversationStateJson : JsonSerializerContext
{
    private const int SupportedVersion = global::AfterSalesBot.Dialogs.Surveys.State.ConversationState.CurrentVersion;

    /// <summary>Parses a state document; a document from a newer build, or one that does not parse, is reported, not guessed at.</summary>
    /// <exception cref="JsonException">The document is not a state document this build can read.</exception>
    public static ConversationState Parse(string document)
    {
        var state = JsonSerializer.Deserialize(document, Default.ConversationState)
            ?? throw new JsonException("The conversation state document is JSON null.");
        if (state.V > SupportedVersion)
        {
            throw new JsonException($"The conversation state has version {state.V}; this build reads up to {SupportedVersion}.");
        }

        return state;
    }

    public static string Write(ConversationState state) => JsonSerializer.Serialize(state, Default.ConversationState);
}
