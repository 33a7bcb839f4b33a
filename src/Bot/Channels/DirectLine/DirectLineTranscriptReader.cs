using System.Globalization;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>
/// Reads a conversation's transcript as Direct Line activity sets. The watermark is the transcript sequence,
/// so it means the same on every instance and after a restart.
/// </summary>
public sealed class DirectLineTranscriptReader(ITranscriptStore transcript)
{
    private const int BatchSize = 200;

    /// <summary>Parses a client watermark; empty, missing or nonsense means "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>Activities after <paramref name="watermark"/> that a Direct Line client should see, and the new watermark.</summary>
    public async Task<(List<Activity> Activities, long Watermark)> ReadAfterAsync(
        ConversationRef conversation,
        long watermark,
        CancellationToken cancellationToken)
    {
        var entries = await transcript.ReadAfterAsync(conversation, watermark, BatchSize, cancellationToken);
        var activities = new List<Activity>(entries.Count);
        foreach (var entry in entries)
        {
            watermark = Math.Max(watermark, entry.Sequence);
            var activity = ActivityJson.Deserialize(entry.ActivityJson);

            // Real Direct Line never hands conversationUpdate to the client, and typing only goes out on the socket.
            if (activity.IsType(ActivityTypes.ConversationUpdate) || activity.IsType(ActivityTypes.Typing))
            {
                continue;
            }

            activity.Id ??= TranscriptActivityIds.For(conversation, entry.Sequence);
            activities.Add(activity);
        }

        return (activities, watermark);
    }

    public static string FormatWatermark(long watermark) => watermark.ToString(CultureInfo.InvariantCulture);
}
