using AfterSalesBot.Dialogs.Activities;

namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>The body for <c>deliveryMode: expectReplies</c>: <c>{"activities":[…]}</c>.</summary>
public sealed record ExpectedRepliesResponse(IReadOnlyList<Activity> Activities);
