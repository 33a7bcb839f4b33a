using AfterSalesBot.Domain.Tickets;

namespace AfterSalesBot.Bot.Tickets;

/// <summary>A ticket as the API shows it. Enum values use their snake_case names; times are UTC.</summary>
public sealed record TicketResponse(
    string Number,
    string Status,
    string Category,
    string Demand,
    string Urgency,
    int Level,
    string Department,
    IReadOnlyList<string> SupportingDepartments,
    string Owner,
    string CustomerId,
    string? ConversationId,
    string Channel,
    string? Product,
    DateOnly? PurchaseDate,
    string Description,
    string? Emotion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset ResolutionDueAt,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? FollowUpDueAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? NextDeadline,
    bool Overdue,
    IReadOnlyList<string> GradeReasons,
    string? GradeOverrideReason,
    string? GradeOverriddenBy,
    CustomerConfirmation? Confirmation,
    IReadOnlyList<HandlingRecord> Records,
    IReadOnlyList<TicketHistoryResponse> History)
{
    public static TicketResponse From(Ticket t, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new TicketResponse(
            t.Number, TicketText.Status(t.Status), t.Category, t.Demand, TicketText.Urgency(t.Grade.Urgency), t.Grade.Level,
            t.Department, t.SupportingDepartments, t.Owner, t.CustomerId, t.ConversationId, t.Channel, t.Product, t.PurchaseDate,
            t.Description, t.Emotion, t.CreatedAt, t.UpdatedAt, t.ResponseDueAt, t.ResolutionDueAt, t.RespondedAt, t.ResolvedAt,
            t.FollowUpDueAt, t.ClosedAt, t.NextDeadline, t.NextDeadline < now, t.Grade.Reasons, t.Grade.OverrideReason,
            t.Grade.OverriddenBy, t.Confirmation, t.Records, t.History.Select(TicketHistoryResponse.Of).ToList());
    }
}
