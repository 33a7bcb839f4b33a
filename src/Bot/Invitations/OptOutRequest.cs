namespace AfterSalesBot.Bot.Invitations;

/// <summary>Body of POST /api/invitations/opt-outs.</summary>
public sealed record OptOutRequest(string? CustomerId, string? Source);
