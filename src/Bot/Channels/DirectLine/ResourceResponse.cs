namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>The reply to a posted activity: <c>{"id":…}</c> with status 200 (a 204 breaks DirectLineJS).</summary>
public sealed record ResourceResponse(string Id);
