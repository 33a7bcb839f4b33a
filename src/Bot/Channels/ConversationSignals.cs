using System.Collections.Concurrent;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// In-process wake-ups for listeners of a conversation (Direct Line WebSockets): "the transcript grew" and
/// ephemeral activities such as typing that are never stored. Another instance's appends are not signalled
/// here; listeners also re-read the transcript on a short interval, which covers several instances on one database.
/// </summary>
public sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<ConversationRef, ConcurrentDictionary<ConversationListener, byte>> _listeners = new();

    /// <summary>Starts listening to <paramref name="conversation"/>; dispose the listener to stop.</summary>
    public ConversationListener Listen(ConversationRef conversation)
    {
        var listener = new ConversationListener(this, conversation);
        _listeners.GetOrAdd(conversation, _ => new ConcurrentDictionary<ConversationListener, byte>())[listener] = 0;
        return listener;
    }

    /// <summary>Wakes every listener of <paramref name="conversation"/>: the transcript has new entries.</summary>
    public void TranscriptChanged(ConversationRef conversation)
    {
        foreach (var listener in ListenersOf(conversation))
        {
            listener.Post(null);
        }
    }

    /// <summary>Hands <paramref name="activity"/> to every current listener without recording it.</summary>
    public void PublishEphemeral(ConversationRef conversation, Activity activity)
    {
        foreach (var listener in ListenersOf(conversation))
        {
            listener.Post(activity);
        }
    }

    internal void Remove(ConversationListener listener)
    {
        if (_listeners.TryGetValue(listener.Conversation, out var set))
        {
            set.TryRemove(listener, out _);
            if (set.IsEmpty)
            {
                // Only drop the entry if it is still the empty set we saw, so a concurrent Listen is not lost.
                _listeners.TryRemove(new KeyValuePair<ConversationRef, ConcurrentDictionary<ConversationListener, byte>>(listener.Conversation, set));
            }
        }
    }

    private IEnumerable<ConversationListener> ListenersOf(ConversationRef conversation) =>
        _listeners.TryGetValue(conversation, out var set) ? set.Keys : [];
}
