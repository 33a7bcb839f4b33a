using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Storage.Dialects;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Writes a whole turn (transcript, state, responses, answers, comments) in one transaction; on PostgreSQL as one batch (<see cref="PostgresTurnBatch"/>).</summary>
public sealed class SqlTurnStore(SqlDialect dialect, TimeProvider timeProvider) : ITurnStore
{
    public async Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var now = timeProvider.GetUtcNow();
        var entries = (commit.Inbound is null ? 0 : 1) + commit.OutboundActivities.Count;
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (connection is Npgsql.NpgsqlConnection npgsql && PostgresTurnBatch.Handles(commit))
        {
            return await PostgresTurnBatch.CommitAsync(npgsql, commit, now, cancellationToken).ConfigureAwait(false);
        }

        await using (var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            var (pk, last) = await ConversationRows.ReserveAsync(connection, transaction, dialect, commit.Conversation, entries, now, cancellationToken).ConfigureAwait(false);
            var next = last - entries + 1;
            long? inboundSequence = null;
            if (commit.Inbound is { } inbound)
            {
                if (!await ConversationRows.InsertEntryAsync(
                        connection, transaction, dialect, pk, next, TranscriptDirection.Inbound, inbound.ActivityJson, inbound.ChannelActivityId, now, cancellationToken).ConfigureAwait(false))
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    var first = await ConversationRows.FindSequenceAsync(connection, null, commit.Conversation, inbound.ChannelActivityId!, cancellationToken).ConfigureAwait(false);
                    return new TurnCommitResult(TurnCommitOutcome.DuplicateInbound, first, [], null);
                }

                inboundSequence = next++;
            }

            string? newETag = null;
            if (commit.NewStateDocument is not null)
            {
                var version = await ConversationRows.SaveStateAsync(
                    connection, transaction, dialect, pk, commit.NewStateDocument, ConversationRows.FromETag(commit.ExpectedETag), now, cancellationToken).ConfigureAwait(false);
                if (version is null)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return new TurnCommitResult(TurnCommitOutcome.Conflict, null, [], null);
                }

                newETag = ConversationRows.ToETag(version.Value);
            }

            foreach (var start in commit.ResponsesStarted)
            {
                var conversationPk = start.Conversation is null || start.Conversation == commit.Conversation
                    ? pk
                    : await SurveyRows.FindConversationPkAsync(connection, transaction, dialect, start.Conversation, now, cancellationToken).ConfigureAwait(false);
                await SurveyRows.StartAsync(connection, transaction, dialect, start, conversationPk, cancellationToken).ConfigureAwait(false);
            }

            foreach (var write in commit.Answers)
            {
                var answerId = await SurveyRows.RecordAnswerAsync(connection, transaction, dialect, write.Answer, cancellationToken).ConfigureAwait(false);
                if (write.CommentText is not null)
                {
                    await SurveyRows.RecordCommentAsync(connection, transaction, dialect, answerId, write.CommentText, write.Tags, write.Answer.AnsweredAt, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var completion in commit.ResponsesFinished)
            {
                await SurveyRows.FinishAsync(connection, transaction, dialect, completion, cancellationToken).ConfigureAwait(false);
            }

            var outbound = new List<long>(commit.OutboundActivities.Count);
            foreach (var activity in commit.OutboundActivities)
            {
                await ConversationRows.InsertEntryAsync(
                    connection, transaction, dialect, pk, next, TranscriptDirection.Outbound, activity, null, now, cancellationToken).ConfigureAwait(false);
                outbound.Add(next++);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new TurnCommitResult(TurnCommitOutcome.Committed, inboundSequence, outbound, newETag);
        }
    }
}
