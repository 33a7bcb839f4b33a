namespace AfterSalesBot.Domain.Handoffs;

/// <summary>Why a conversation went to a person (stored with the hand-off, shown in the console, counted in reports).</summary>
public static class HandoffReasons
{
    /// <summary>The customer asked for a person ("人工", "human").</summary>
    public const string CustomerRequest = "customer_request";

    /// <summary>A rating at or below the threshold, and the customer accepted the offer.</summary>
    public const string LowRating = "low_rating";

    /// <summary>A comment tagged negative with high confidence, or angry, and the customer accepted the offer.</summary>
    public const string NegativeSentiment = "negative_sentiment";

    /// <summary>A complaint graded at the escalation level that calls for a person.</summary>
    public const string ComplaintEscalation = "complaint_escalation";
}
