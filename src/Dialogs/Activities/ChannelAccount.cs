using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>A party in a conversation: the customer, the bot, or an agent.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    /// <summary>One of <see cref="RoleTypes"/>.</summary>
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
