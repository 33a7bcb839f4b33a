using System.Text.Json.Serialization;

namespace AfterSalesBot.Bot.Channels.WebChat;

/// <summary>What the chat page needs to open Direct Line: a token bound to a new conversation and user.</summary>
public sealed record WebChatToken(
    string ConversationId,
    string UserId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
