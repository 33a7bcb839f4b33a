using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>
/// A Bot Framework activity as it travels on the wire (Direct Line, Bot Connector). Serialise it with
/// <see cref="ActivityJson"/>: camelCase, nulls omitted. Fields this type does not name are kept in
/// <see cref="Properties"/> so an activity written back out loses nothing a channel sent.
/// </summary>
public sealed class Activity
{
    /// <summary>One of <see cref="ActivityTypes"/>; unknown types are kept as they came.</summary>
    public string? Type { get; set; }

    /// <summary>Assigned by the channel; bots leave it empty on what they send.</summary>
    public string? Id { get; set; }

    /// <summary>When the channel received or sent the activity, written as UTC with a trailing Z.</summary>
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, with its offset (e.g. +08:00).</summary>
    [JsonConverter(typeof(LocalTimestampConverter))]
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>IANA time zone name of the sender (e.g. Asia/Shanghai).</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>BCP-47 locale of the sender (e.g. zh-CN).</summary>
    public string? Locale { get; set; }

    /// <summary>Where the bot sends replies (Bot Connector); set by the channel on everything sent to a bot.</summary>
    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    /// <summary>The id of the activity this one answers.</summary>
    public string? ReplyToId { get; set; }

    /// <summary>One of <see cref="TextFormats"/>. Web Chat renders a missing value as markdown.</summary>
    public string? TextFormat { get; set; }

    /// <summary>list or carousel.</summary>
    public string? AttachmentLayout { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public string? TopicName { get; set; }

    public string? Text { get; set; }

    public string? Speak { get; set; }

    /// <summary>One of <see cref="InputHints"/>.</summary>
    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public List<Attachment>? Attachments { get; set; }

    /// <summary>Entities (mentions, places, ClientCapabilities…) kept as JSON: each is an object with a <c>type</c>.</summary>
    public List<JsonObject>? Entities { get; set; }

    /// <summary>Channel-specific payload (e.g. Web Chat's clientActivityID), kept as JSON.</summary>
    public JsonNode? ChannelData { get; set; }

    /// <summary>endOfConversation code, one of <see cref="EndOfConversationCodes"/>.</summary>
    public string? Code { get; set; }

    /// <summary>Name of an event or invoke activity.</summary>
    public string? Name { get; set; }

    /// <summary>Value of an event, invoke or postBack, kept as JSON.</summary>
    public JsonNode? Value { get; set; }

    public string? ValueType { get; set; }

    /// <summary>The conversation this activity relates to (used by handoff events).</summary>
    public ConversationReference? RelatesTo { get; set; }

    /// <summary>One of <see cref="DeliveryModes"/>; expectReplies asks for the replies in the HTTP response.</summary>
    public string? DeliveryMode { get; set; }

    /// <summary>Every field the wire carried that this type does not name; written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>True when <see cref="Type"/> is <paramref name="activityType"/> (case-insensitive, as channels vary).</summary>
    public bool IsType(string activityType) => string.Equals(Type, activityType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Web Chat's id for a message it sent, used to match the echo to the pending send.</summary>
    [JsonIgnore]
    public string? ClientActivityId =>
        ChannelData is JsonObject data && data["clientActivityID"] is JsonValue id && id.TryGetValue(out string? value)
            ? value
            : null;

    /// <summary>A message activity with <paramref name="text"/> as plain text.</summary>
    public static Activity CreateMessage(string text) =>
        new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain };

    /// <summary>A typing indicator.</summary>
    public static Activity CreateTyping() => new() { Type = ActivityTypes.Typing };

    /// <summary>An endOfConversation activity with <paramref name="code"/> (see <see cref="EndOfConversationCodes"/>).</summary>
    public static Activity CreateEndOfConversation(string code) =>
        new() { Type = ActivityTypes.EndOfConversation, Code = code };

    /// <summary>A deep copy, so JSON nodes can be handed to another activity or thread safely.</summary>
    public Activity Clone() => ActivityJson.Deserialize(ActivityJson.Serialize(this));
}
