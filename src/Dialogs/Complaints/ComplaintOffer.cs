namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>
/// A survey comment that describes a fault: once the survey ends the bot offers to file it as a complaint, with the
/// comment as the description.
/// </summary>
public sealed class ComplaintOffer
{
    public string Description { get; set; } = string.Empty;

    public string? Category { get; set; }

    public string? Emotion { get; set; }

    public double? EmotionConfidence { get; set; }

    /// <summary>True once the offer was made; the next message is its answer.</summary>
    public bool Asked { get; set; }
}
