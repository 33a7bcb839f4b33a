using AfterSalesBot.Dialogs.Activities;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>A batch of activities and the watermark to ask from next time (null keeps the client's watermark).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
