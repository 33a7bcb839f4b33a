namespace AfterSalesBot.Bot.Tickets;

/// <summary>POST /api/tickets: a complaint from an integration (the chat intake calls <c>TicketService</c> directly).</summary>
public sealed record OpenTicketRequest(
    string? CustomerId,
    string? Channel,
    string? Description,
    string? Category,
    string? Demand,
    string? Product = null,
    DateOnly? PurchaseDate = null,
    string? Emotion = null,
    double? EmotionConfidence = null,
    string? CustomerTier = null,
    string? ConversationId = null,
    string? Locale = null,
    string? ContactTail = null);
