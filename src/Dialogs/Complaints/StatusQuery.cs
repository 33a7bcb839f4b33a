namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>The customer asked about their tickets: the host looks up this customer's tickets (only theirs) and puts the answer at <paramref name="ReplyIndex"/>.</summary>
public sealed record StatusQuery(string CustomerId, int ReplyIndex);
