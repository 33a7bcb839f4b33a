using AfterSalesBot.Bot.Channels.Proactive;
using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.CustomerChecks;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Complaints;

/// <summary>
/// Asks customers about their resolved tickets on the channel they complained on: "is it solved, are you satisfied?"
/// right after a resolution and "did the fix hold?" when the follow-up is due. Each question is claimed by one
/// instance (<see cref="ICustomerCheckStore"/>); the conversation's state is set to expect the answer first (with its
/// ETag, so a customer turn in between is never overwritten), then the question is sent through
/// <see cref="IProactiveMessenger"/>. A sender that dies between the two leaves the lease to expire and the question
/// is asked again: at least once, never lost.
/// </summary>
public sealed partial class CustomerCheckSender(
    ICustomerCheckStore checks,
    TicketService tickets,
    IConversationStore conversations,
    ITurnStore turns,
    IProactiveMessenger messenger,
    IOptions<ComplaintOptions> options,
    ILogger<CustomerCheckSender> logger)
{
    private const int StateAttempts = 5;

    /// <summary>Identifies this instance in ticket_customer_checks.claimed_by.</summary>
    public string Instance { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>At most this many questions per run.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Schedules what came due by <paramref name="now"/> and sends it; returns how many questions were sent.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await checks.ScheduleDueAsync(now, cancellationToken).ConfigureAwait(false);
        var sent = 0;
        for (var i = 0; i < BatchSize; i++)
        {
            var check = await checks.ClaimNextAsync(now, Instance, TimeSpan.FromSeconds(settings.CheckLeaseSeconds), cancellationToken).ConfigureAwait(false);
            if (check is null)
            {
                break;
            }

            try
            {
                var note = await SendAsync(check, cancellationToken).ConfigureAwait(false);
                await checks.MarkDoneAsync(check.Id, now, note, cancellationToken).ConfigureAwait(false);
                sent += note is null ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, check.Kind, check.TicketNumber, check.Attempts, ex);
                if (check.Attempts >= settings.CheckMaxAttempts)
                {
                    await checks.MarkDoneAsync(check.Id, now, $"gave up after {check.Attempts} attempts: {ex.Message}", cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    // Back off: 1, 2, 4… intervals, so a channel that is down is not hammered.
                    var wait = TimeSpan.FromSeconds(settings.CheckIntervalSeconds * Math.Pow(2, check.Attempts - 1));
                    await checks.MarkFailedAsync(check.Id, ex.Message, now + wait, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return sent;
    }

    /// <summary>Sends one question; returns null when sent, or why it was not needed any more.</summary>
    private async Task<string?> SendAsync(CustomerCheck check, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(check.TicketNumber, cancellationToken).ConfigureAwait(false);
        var kind = check.Kind == CustomerCheckKinds.FollowUp ? TicketCheckKind.FollowUp : TicketCheckKind.Confirmation;
        var stillDue = ticket is not null && (kind == TicketCheckKind.Confirmation
            ? ticket.Status == TicketStatus.Resolved
            : ticket.Status is TicketStatus.Resolved or TicketStatus.Confirmed);
        if (!stillDue)
        {
            return $"not asked: the ticket is {(ticket is null ? "gone" : TicketText.Status(ticket.Status))}";
        }

        var conversation = new ConversationRef(check.ChannelId, check.ConversationId);
        var locale = await ExpectAnswerAsync(conversation, new TicketCheck { TicketNumber = check.TicketNumber, Kind = kind }, check.Locale, cancellationToken).ConfigureAwait(false);
        var question = TicketCheckDialog.Question(new TicketCheck { TicketNumber = check.TicketNumber, Kind = kind }, locale, tickets.Workflow.Rules.FollowUpAfterDays);
        question.Locale = locale;
        await messenger.SendAsync(conversation, question, cancellationToken).ConfigureAwait(false);
        LogSent(logger, check.Kind, check.TicketNumber, conversation.ToString());
        return null;
    }

    /// <summary>Puts the pending question into the conversation's state (ETag-checked, retried); returns the conversation's language.</summary>
    private async Task<string> ExpectAnswerAsync(ConversationRef conversation, TicketCheck check, string? ticketLocale, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await conversations.LoadStateAsync(conversation, cancellationToken).ConfigureAwait(false);
            var state = stored is null ? new ConversationState() : ConversationStateJson.Parse(stored.Document);
            state.Locale ??= ticketLocale ?? "zh-CN";
            state.TicketCheck = check;
            var commit = await turns.CommitTurnAsync(
                new TurnCommit(conversation, null, stored?.ETag, ConversationStateJson.Write(state), [], [], [], []), cancellationToken).ConfigureAwait(false);
            if (commit.Outcome == TurnCommitOutcome.Committed)
            {
                return state.Locale;
            }

            if (attempt >= StateAttempts)
            {
                throw new ConcurrencyConflictException($"The state of {conversation} kept changing while a ticket question was being set.") { Conversation = conversation };
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Asked the customer ({Kind}) about ticket {Number} in {Conversation}.")]
    private static partial void LogSent(ILogger logger, string kind, string number, string conversation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask the customer ({Kind}) about ticket {Number} (attempt {Attempt}).")]
    private static partial void LogFailed(ILogger logger, string kind, string number, int attempt, Exception exception);
}
