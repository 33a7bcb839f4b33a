using System.Text.Json.Serialization;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>The Direct Line <c>Conversation</c> object returned by start, reconnect, generate and refresh.</summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);
