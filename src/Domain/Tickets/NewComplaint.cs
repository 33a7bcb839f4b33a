namespace AfterSalesBot.Domain.Tickets;

/// <summary>
/// What the intake dialog (or an integration) collected. <see cref="Description"/> is kept verbatim.
/// <see cref="Category"/>, <see cref="Demand"/> and <see cref="Emotion"/> use the taxonomy ids
/// (e.g. "quality_fault", "repair", "angry"); <see cref="CustomerTier"/> matches the rules file's tiers.
/// <see cref="IntakeKey"/> makes opening idempotent: a retried intake with the same key gets the ticket already opened.
/// </summary>
public sealed record NewComplaint(
    string CustomerId,
    string Channel,
    string Description,
    string Category,
    string Demand,
    string? Product = null,
    DateOnly? PurchaseDate = null,
    string? Emotion = null,
    double? EmotionConfidence = null,
    string? CustomerTier = null,
    string? ConversationId = null,
    string? Locale = null,
    string? ContactTail = null,
    string? IntakeKey = null);
