namespace AfterSalesBot.Domain.Conversations;

/// <summary>A conversation's state document (JSON owned by the dialog engine) with the ETag it was read at.</summary>
public sealed record StoredState(string Document, string ETag);
