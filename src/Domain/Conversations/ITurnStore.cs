namespace AfterSalesBot.Domain.Conversations;

/// <summary>Commits a whole turn atomically (see <see cref="TurnCommit"/>).</summary>
public interface ITurnStore
{
    /// <summary>
    /// Writes the turn in one transaction. Returns <see cref="TurnCommitOutcome.DuplicateInbound"/> or
    /// <see cref="TurnCommitOutcome.Conflict"/> (with nothing written) instead of throwing for those expected cases.
    /// </summary>
    Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken);
}
