namespace AfterSalesBot.Domain.Tickets;

/// <summary>
/// What was done for the customer ("replaced compressor on site", "coupon as compensation"), with its cost and any
/// compensation paid. A compensation needs an approval number (e.g. WC20240501001).
/// </summary>
public sealed record HandlingRecord(
    DateTimeOffset At,
    string StaffId,
    string Action,
    decimal? Cost,
    decimal? CompensationAmount,
    string? ApprovalNumber);
