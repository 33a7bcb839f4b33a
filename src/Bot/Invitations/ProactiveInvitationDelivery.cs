using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Channels.Proactive;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>
/// Invites in the customer's own conversation (Direct Line or a Bot Framework channel): first the survey is started
/// in the conversation's state (response id = invitation id, committed like a turn), then the first question, led by
/// the invitation text, goes out through the <see cref="IProactiveMessenger"/>. Each message carries a marker in
/// its channelData; a repeated delivery (the scheduler crashed after sending) finds the marker in the transcript
/// and sends nothing again.
/// </summary>
public sealed class ProactiveInvitationDelivery(
    SurveyEngine engine,
    IConversationStore conversations,
    ITurnStore turns,
    ITranscriptStore transcript,
    IProactiveMessenger messenger)
{
    private const int MaxAttempts = 5;
    private const int TranscriptScanLimit = 2000;

    /// <summary>False when the conversation is unknown (the caller falls back to a link).</summary>
    public async Task<bool> SendAsync(Invitation invitation, bool reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var conversation = invitation.Conversation!;
        var info = await conversations.GetConversationAsync(conversation, cancellationToken).ConfigureAwait(false);
        if (info is null)
        {
            return false;
        }

        var marker = Marker(invitation.Id, reminder);
        if (await AlreadySentAsync(conversation, marker, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var locale = info.Locale ?? invitation.Locale;
        var lead = reminder ? InvitationTexts.Reminder(locale) : InvitationTexts.Invite(locale);
        IReadOnlyList<Activity>? replies = null;
        for (var attempt = 1; attempt <= MaxAttempts && replies is null; attempt++)
        {
            var stored = await conversations.LoadStateAsync(conversation, cancellationToken).ConfigureAwait(false);
            var state = stored is null ? null : ConversationStateJson.Parse(stored.Document);
            if (reminder && state?.Survey?.ResponseId != invitation.Id)
            {
                // The customer finished, stopped or moved on to another survey: a reminder would be noise.
                return true;
            }

            var result = engine.StartInvited(new SurveyInvitationStart(state, conversation, invitation.Id, invitation.SurveyId, invitation.CustomerId, locale, lead, now));
            if (result.ResponsesStarted.Count == 0 && result.ResponsesFinished.Count == 0)
            {
                replies = result.Replies;
                break;
            }

            var commit = await turns.CommitTurnAsync(
                new TurnCommit(conversation, null, stored?.ETag, ConversationStateJson.Write(result.State), [], result.ResponsesStarted, result.Answers, result.ResponsesFinished),
                cancellationToken).ConfigureAwait(false);
            if (commit.Outcome == TurnCommitOutcome.Committed)
            {
                replies = result.Replies;
            }
        }

        if (replies is null)
        {
            throw new ConcurrencyConflictException($"The state of {conversation} kept changing while the invitation {invitation.Id} started its survey.") { Conversation = conversation };
        }

        foreach (var reply in replies)
        {
            reply.ChannelData = new JsonObject { ["aftersalesInvitation"] = marker };
            await messenger.SendAsync(conversation, reply, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private static string Marker(Guid invitationId, bool reminder) =>
        $"{invitationId:N}:{(reminder ? InvitationSteps.Reminder : InvitationSteps.Invite)}";

    private async Task<bool> AlreadySentAsync(ConversationRef conversation, string marker, CancellationToken cancellationToken)
    {
        var entries = await transcript.ReadAfterAsync(conversation, 0, TranscriptScanLimit, cancellationToken).ConfigureAwait(false);
        return entries.Any(e => e.Direction == TranscriptDirection.Outbound && e.ActivityJson.Contains(marker, StringComparison.Ordinal));
    }
}
