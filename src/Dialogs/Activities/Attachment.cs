using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>A card or file attached to a message. Card JSON is kept in <see cref="Content"/> as it came.</summary>
public sealed class Attachment
{
    /// <summary>A MIME type, or a card type such as <see cref="AttachmentContentTypes.HeroCard"/>.</summary>
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public JsonNode? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>An attachment carrying <paramref name="card"/> as a hero card.</summary>
    public static Attachment FromHeroCard(HeroCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment
        {
            ContentType = AttachmentContentTypes.HeroCard,
            Content = JsonSerializer.SerializeToNode(card, ActivityJson.Options),
        };
    }
}
