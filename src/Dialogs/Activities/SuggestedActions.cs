using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>Quick-reply buttons shown under the bot's last message; they vanish once the customer answers.</summary>
public sealed class SuggestedActions
{
    /// <summary>User ids the buttons are for; empty means everyone.</summary>
    public List<string>? To { get; set; }

    public List<CardAction> Actions { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
