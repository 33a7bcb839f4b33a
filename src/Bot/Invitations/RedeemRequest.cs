namespace AfterSalesBot.Bot.Invitations;

/// <summary>Body of POST /api/invitations/redeem: the token from a personal survey link.</summary>
public sealed record RedeemRequest(string? Token);
