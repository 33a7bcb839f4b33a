namespace AfterSalesBot.Bot.Channels;

/// <summary>The inside of a <see cref="ChannelError"/>: a code such as BadArgument and a message for people.</summary>
public sealed record ChannelErrorDetail(string Code, string Message);
