namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>A complaint being taken in chat, kept in the conversation's state document until the ticket is opened.</summary>
public sealed class ComplaintProgress
{
    /// <summary>The intake's id; it is the ticket's idempotency key, so a retried turn never opens a second ticket.</summary>
    public Guid IntakeId { get; set; }

    public ComplaintStep Step { get; set; }

    /// <summary>How the intake started: "command" (投诉 / complaint), "menu" or "survey" (offered after a fault comment).</summary>
    public string Source { get; set; } = ComplaintSources.Command;

    public string? Product { get; set; }

    public DateOnly? PurchaseDate { get; set; }

    /// <summary>The customer's words, verbatim (a follow-up detail is appended on its own line).</summary>
    public string? Description { get; set; }

    /// <summary>The category the classifier suggested for the description.</summary>
    public string? SuggestedCategory { get; set; }

    public string? Category { get; set; }

    public string? Demand { get; set; }

    /// <summary>Only the last digits of a call-back number.</summary>
    public string? ContactTail { get; set; }

    public string? Emotion { get; set; }

    public double? EmotionConfidence { get; set; }

    /// <summary>Unusable answers in a row to the current step.</summary>
    public int Retries { get; set; }
}
