using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Dialogs.Activities;

/// <summary>The content of a hero card attachment: title, text, images and buttons.</summary>
public sealed class HeroCard
{
    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Text { get; set; }

    public List<CardImage>? Images { get; set; }

    public List<CardAction>? Buttons { get; set; }

    public CardAction? Tap { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
