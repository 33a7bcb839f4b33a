namespace AfterSalesBot.Domain.Conversations;

/// <summary>The activity that started a turn, as it goes into the transcript.</summary>
/// <param name="ChannelActivityId">The channel's id for it; a second commit with the same id is a redelivery.</param>
public sealed record InboundActivity(string ActivityJson, string? ChannelActivityId);
