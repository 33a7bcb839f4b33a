namespace AfterSalesBot.Domain.Conversations;

/// <summary>Whether a transcript entry came from the customer's side or was sent by the bot or an agent.</summary>
public enum TranscriptDirection
{
    Inbound = 0,
    Outbound = 1,
}
