using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>Enough of a conversation to reach it later (relatesTo, proactive messages, handoff).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Locale { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
