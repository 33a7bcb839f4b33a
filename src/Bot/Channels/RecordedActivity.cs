using AfterSalesBot.Dialogs.Activities;

namespace AfterSalesBot.Bot.Channels;

/// <summary>An activity and its place in the conversation transcript (0 when it was not recorded, e.g. typing).</summary>
public sealed record RecordedActivity(long Sequence, Activity Activity);
