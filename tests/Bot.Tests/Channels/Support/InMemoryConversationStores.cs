using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Bot.Tests.Channels.Support;

/// <summary>
/// Transcript and conversation stores in memory, with the contract's semantics (gap-free sequences per
/// conversation, duplicate channel ids recognised). Shared between hosts, it stands in for a database that
/// outlives a service restart.
/// </summary>
public sealed class InMemoryConversationStores(TimeProvider time) : ITranscriptStore, IConversationStore, ITurnStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ConversationRef, List<TranscriptEntry>> _transcripts = [];
    private readonly Dictionary<ConversationRef, ConversationInfo> _conversations = [];
    private readonly Dictionary<ConversationRef, StoredState> _states = [];

    /// <summary>When set, every read throws it (a database outage).</summary>
    public Exception? FailReadsWith { get; set; }

    public Task<TranscriptAppendResult> AppendAsync(
        ConversationRef conversation, TranscriptDirection direction, string activityJson, string? channelActivityId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entries = TranscriptOf(conversation);
            if (channelActivityId is not null && entries.Find(entry => entry.ChannelActivityId == channelActivityId) is { } existing)
            {
                return Task.FromResult(new TranscriptAppendResult(existing.Sequence, IsDuplicate: true));
            }

            EnsureConversation(conversation);
            var sequence = entries.Count + 1L;
            entries.Add(new TranscriptEntry(conversation, sequence, direction, activityJson, channelActivityId, time.GetUtcNow()));
            return Task.FromResult(new TranscriptAppendResult(sequence, IsDuplicate: false));
        }
    }

    /// <summary>Activities-only commits (what the channel adapter writes with the echo turn handler).</summary>
    public Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        lock (_gate)
        {
            var entries = TranscriptOf(commit.Conversation);
            if (commit.Inbound?.ChannelActivityId is { } id && entries.Find(entry => entry.ChannelActivityId == id) is { } existing)
            {
                return Task.FromResult(new TurnCommitResult(TurnCommitOutcome.DuplicateInbound, existing.Sequence, [], null));
            }

            EnsureConversation(commit.Conversation);
            long? inboundSequence = null;
            if (commit.Inbound is { } inbound)
            {
                inboundSequence = entries.Count + 1L;
                entries.Add(new TranscriptEntry(commit.Conversation, inboundSequence.Value, TranscriptDirection.Inbound, inbound.ActivityJson, inbound.ChannelActivityId, time.GetUtcNow()));
            }

            var outbound = new List<long>();
            foreach (var json in commit.OutboundActivities)
            {
                outbound.Add(entries.Count + 1L);
                entries.Add(new TranscriptEntry(commit.Conversation, entries.Count + 1L, TranscriptDirection.Outbound, json, null, time.GetUtcNow()));
            }

            return Task.FromResult(new TurnCommitResult(TurnCommitOutcome.Committed, inboundSequence, outbound, null));
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(
        ConversationRef conversation, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        lock (_gate)
        {
            IReadOnlyList<TranscriptEntry> entries = [.. TranscriptOf(conversation).Where(entry => entry.Sequence > afterSequence).Take(limit)];
            return Task.FromResult(entries);
        }
    }

    public IReadOnlyList<TranscriptEntry> Transcript(ConversationRef conversation)
    {
        lock (_gate)
        {
            return [.. TranscriptOf(conversation)];
        }
    }

    public int ConversationCount
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    public Task<ConversationInfo> UpsertConversationAsync(
        ConversationRef conversation, string? locale, string? serviceUrl, string? userId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = EnsureConversation(conversation);
            var updated = current with
            {
                Locale = locale ?? current.Locale,
                ServiceUrl = serviceUrl ?? current.ServiceUrl,
                UserId = userId ?? current.UserId,
                UpdatedAt = time.GetUtcNow(),
            };
            _conversations[conversation] = updated;
            return Task.FromResult(updated);
        }
    }

    public Task<ConversationInfo?> GetConversationAsync(ConversationRef conversation, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        lock (_gate)
        {
            return Task.FromResult(_conversations.GetValueOrDefault(conversation));
        }
    }

    public Task<StoredState?> LoadStateAsync(ConversationRef conversation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.GetValueOrDefault(conversation));
        }
    }

    public Task<string> SaveStateAsync(ConversationRef conversation, string document, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_states.GetValueOrDefault(conversation)?.ETag != expectedETag)
            {
                throw new ConcurrencyConflictException("stale state") { Conversation = conversation };
            }

            var etag = Guid.NewGuid().ToString("N");
            _states[conversation] = new StoredState(document, etag);
            return Task.FromResult(etag);
        }
    }

    private List<TranscriptEntry> TranscriptOf(ConversationRef conversation)
    {
        if (!_transcripts.TryGetValue(conversation, out var entries))
        {
            entries = [];
            _transcripts[conversation] = entries;
        }

        return entries;
    }

    private ConversationInfo EnsureConversation(ConversationRef conversation)
    {
        if (!_conversations.TryGetValue(conversation, out var info))
        {
            var now = time.GetUtcNow();
            info = new ConversationInfo(conversation, null, null, null, "bot", now, now);
            _conversations[conversation] = info;
        }

        return info;
    }

    private void ThrowIfFailing()
    {
        if (FailReadsWith is { } failure)
        {
            throw failure;
        }
    }
}
