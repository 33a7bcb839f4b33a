using System.Threading.Channels;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Bot.Channels;

/// <summary>One listener's queue of wake-ups from <see cref="ConversationSignals"/>.</summary>
public sealed class ConversationListener : IDisposable
{
    private readonly ConversationSignals _owner;

    // Bounded so a stalled socket cannot grow memory; a dropped wake-up is harmless because the reader re-reads the transcript.
    private readonly Channel<Activity?> _queue = Channel.CreateBounded<Activity?>(
        new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    internal ConversationListener(ConversationSignals owner, ConversationRef conversation)
    {
        _owner = owner;
        Conversation = conversation;
    }

    public ConversationRef Conversation { get; }

    /// <summary>
    /// Waits until something happens or <paramref name="timeout"/> passes, then returns the ephemeral
    /// activities that arrived (empty for a plain transcript wake-up or a timeout).
    /// </summary>
    public async Task<IReadOnlyList<Activity>> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        try
        {
            await _queue.Reader.WaitToReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return [];
        }

        var ephemeral = new List<Activity>();
        while (_queue.Reader.TryRead(out var item))
        {
            if (item is not null)
            {
                ephemeral.Add(item);
            }
        }

        return ephemeral;
    }

    internal void Post(Activity? activity) => _queue.Writer.TryWrite(activity);

    public void Dispose()
    {
        _owner.Remove(this);
        _queue.Writer.TryComplete();
    }
}
