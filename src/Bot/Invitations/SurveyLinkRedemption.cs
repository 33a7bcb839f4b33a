using AfterSalesBot.Bot.Channels.DirectLine;
using AfterSalesBot.Bot.Channels.Proactive;
using AfterSalesBot.Bot.Channels.WebChat;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>
/// Opens a personal survey link: checks signature and expiry, uses the link up (once, in the database), creates a
/// web chat conversation with the invited survey already started in it, and returns the Direct Line token for it.
/// </summary>
public sealed class SurveyLinkRedemption(
    SurveyLinkSigner signer,
    IInvitationStore invitations,
    SurveyEngine engine,
    IConversationStore conversations,
    ITurnStore turns,
    IProactiveMessenger messenger,
    DirectLineTokenService tokens,
    TimeProvider time)
{
    /// <summary>The token for the new conversation, or why the link does not work ("invalid", "expired", "used", "opted_out").</summary>
    public async Task<(WebChatToken? Grant, string? Problem)> RedeemAsync(string? token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (invitationId, problem) = signer.Verify(token, now);
        if (invitationId is not { } id)
        {
            return (null, problem);
        }

        var invitation = await invitations.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (invitation is null)
        {
            return (null, "invalid");
        }

        if (await invitations.IsOptedOutAsync(invitation.CustomerId, cancellationToken).ConfigureAwait(false))
        {
            return (null, "opted_out");
        }

        if (!await invitations.UseLinkAsync(id, now, cancellationToken).ConfigureAwait(false))
        {
            return (null, "used");
        }

        var conversationId = DirectLineIds.NewConversationId();
        var userId = DirectLineIds.NewUserId();
        var conversation = DirectLineEndpoints.Conversation(conversationId);
        await conversations.UpsertConversationAsync(conversation, invitation.Locale, null, userId, cancellationToken).ConfigureAwait(false);
        var result = engine.StartInvited(new SurveyInvitationStart(
            new ConversationState(), conversation, invitation.Id, invitation.SurveyId, invitation.CustomerId, invitation.Locale,
            InvitationTexts.LinkWelcome(invitation.Locale), now));
        var commit = await turns.CommitTurnAsync(
            new TurnCommit(conversation, null, null, ConversationStateJson.Write(result.State), [], result.ResponsesStarted, result.Answers, result.ResponsesFinished),
            cancellationToken).ConfigureAwait(false);
        if (commit.Outcome != TurnCommitOutcome.Committed)
        {
            throw new ConcurrencyConflictException($"The new conversation {conversation} already had state.") { Conversation = conversation };
        }

        foreach (var reply in result.Replies)
        {
            await messenger.SendAsync(conversation, reply, cancellationToken).ConfigureAwait(false);
        }

        return (new WebChatToken(conversationId, userId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds), null);
    }
}
