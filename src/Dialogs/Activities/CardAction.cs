using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>A button. Web Chat sends an imBack's <see cref="Value"/> (not its title) back as the message text.</summary>
public sealed class CardAction
{
    /// <summary>One of <see cref="ActionTypes"/>.</summary>
    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Image { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public JsonNode? Value { get; set; }

    public JsonNode? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>An imBack button: pressing it sends <paramref name="value"/> as the customer's message.</summary>
    public static CardAction ImBack(string title, string value) =>
        new() { Type = ActionTypes.ImBack, Title = title, Value = JsonValue.Create(value) };

    /// <summary>A postBack button: <paramref name="value"/> reaches the bot but is hidden from the transcript.</summary>
    public static CardAction PostBack(string title, string value) =>
        new() { Type = ActionTypes.PostBack, Title = title, Value = JsonValue.Create(value) };
}
