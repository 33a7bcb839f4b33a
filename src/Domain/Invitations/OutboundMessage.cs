namespace AfterSalesBot.Domain.Invitations;

/// <summary>A message to a customer outside any conversation (SMS, e-mail): a survey link or a reminder.</summary>
/// <param name="Key">Idempotency key: sending the same key twice delivers once.</param>
public sealed record OutboundMessage(string Key, string CustomerId, string? Route, string? Contact, string Locale, string Body, string? Link);
