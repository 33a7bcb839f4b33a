namespace AfterSalesBot.Domain.Conversations;

/// <summary>How a turn commit ended.</summary>
public enum TurnCommitOutcome
{
    /// <summary>Everything was written.</summary>
    Committed = 0,

    /// <summary>The inbound activity's channel id was already in the transcript; nothing was written.</summary>
    DuplicateInbound = 1,

    /// <summary>The state's ETag changed since it was loaded; nothing was written. Reload and run the turn again.</summary>
    Conflict = 2,
}
