using System.Globalization;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Surveys.Commands;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Handoffs;

namespace AfterSalesBot.Dialogs.Handoffs;

/// <summary>
/// The turn handler when hand-off is installed: the hand-off queue in the database decides who answers. With an agent
/// on the conversation the bot says nothing (the message is recorded, and the consoles learn of it through the
/// queue's change counter); while queued the customer is told their place (or may cancel); otherwise the survey
/// engine runs, and a hand-off it requests is placed in the queue, or turned into a call-back, before the turn commits
/// (ADR 0002: inbound, state, answers and replies in one transaction; an ETag conflict runs the turn again).
/// </summary>
public sealed class HandoffTurnHandler(
    SurveyEngine engine,
    IConversationStore conversations,
    ITurnStore turns,
    IHandoffStore handoffs,
    IHandoffQueue queue,
    TimeZoneInfo customerTimeZone,
    TimeProvider time,
    ComplaintDesk? complaints = null) : ITurnHandler
{
    private const int MaxAttempts = 5;

    /// <summary>The Bot Framework event a contact centre sends about a hand-off (protocol.md §6).</summary>
    public const string HubStatusEvent = "handoff.status";

    /// <summary>Who the hand-off is recorded as taken and closed by when an external contact centre handles it.</summary>
    public const string ContactCentre = "contact-centre";

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await conversations.LoadStateAsync(turn.Conversation, cancellationToken).ConfigureAwait(false);
            var state = stored is null ? null : ConversationStateJson.Parse(stored.Document);
            var request = new SurveyTurnRequest(state, turn.Activity, turn.Conversation, turn.Locale, time.GetUtcNow());
            var open = await handoffs.FindOpenAsync(turn.Conversation, cancellationToken).ConfigureAwait(false);
            var decision = open is null
                ? await RunSurveyAsync(request, cancellationToken).ConfigureAwait(false)
                : await WhileHandedOffAsync(open, request, cancellationToken).ConfigureAwait(false);
            if (decision is null)
            {
                continue;
            }

            var replies = decision.Replies.Select(r => turn.AddressReply?.Invoke(r) ?? r).ToList();
            var commit = await turns.CommitTurnAsync(
                new TurnCommit(
                    turn.Conversation,
                    turn.Inbound,
                    decision.SaveState ? stored?.ETag : null,
                    decision.SaveState ? ConversationStateJson.Write(decision.State) : null,
                    [.. replies.Select(ActivityJson.Serialize)],
                    decision.Survey?.ResponsesStarted ?? [],
                    decision.Survey?.Answers ?? [],
                    decision.Survey?.ResponsesFinished ?? []),
                cancellationToken).ConfigureAwait(false);
            if (commit.Outcome == TurnCommitOutcome.Conflict)
            {
                continue;
            }

            if (commit.Outcome == TurnCommitOutcome.Committed)
            {
                if (open is not null)
                {
                    await handoffs.TouchAsync(open.Id, request.Now, cancellationToken).ConfigureAwait(false);
                }

                foreach (var reply in replies)
                {
                    turn.Send(reply);
                }
            }

            turn.MarkCommitted(commit);
            return;
        }

        throw new ConcurrencyConflictException($"The state of {turn.Conversation} changed under the turn {MaxAttempts} times in a row.") { Conversation = turn.Conversation };
    }

    /// <summary>The survey's turn; a hand-off it asks for is placed now (idempotent by its id, so a rerun places nothing twice).</summary>
    private async Task<Decision> RunSurveyAsync(SurveyTurnRequest request, CancellationToken cancellationToken)
    {
        var result = engine.Run(request);
        if (complaints is not null)
        {
            // The same ticket work the plain survey runner does (open a filed complaint, apply a closure answer, look
            // up the customer's tickets), idempotent, before the commit.
            result = await complaints.ApplyAsync(result, cancellationToken).ConfigureAwait(false);
            if (result.Complaint?.Opened is { Grade.Level: >= 2 } escalated && result.State.Handoff is null)
            {
                return await EscalateAsync(request, result, escalated, cancellationToken).ConfigureAwait(false);
            }
        }

        if (result.State.Handoff is not { Stage: HandoffStage.Requested, Id: { } id } wanted)
        {
            return new Decision(result.State, true, result.Replies, result);
        }

        var locale = result.State.Locale ?? request.Locale;
        var texts = HandoffTexts.For(locale);
        var placement = await queue.PlaceAsync(new NewHandoff(id, request.Conversation, wanted.Reason, locale, wanted.Detail, ActivityJson.Serialize(request.Activity)), cancellationToken).ConfigureAwait(false);
        wanted.Id = placement.Handoff.Id;
        if (placement.IsCallback)
        {
            var resumed = engine.ResumeAfterHandoff(request with { State = result.State }, texts.CallbackBy(placement.CallbackDueAt ?? request.Now, customerTimeZone));
            return new Decision(resumed.State, true, [.. result.Replies, .. resumed.Replies], Merge(result, resumed));
        }

        List<Activity> replies = [.. result.Replies];
        if (placement.IsQueued)
        {
            replies.Add(Activity.CreateMessage(Format(texts.Queued, placement)));
        }

        return new Decision(result.State, true, replies, result);
    }

    /// <summary>
    /// A complaint graded escalation level 2 or more (safety, rights, public outcry) goes to a person at once: queued
    /// (or a call-back when nobody can take it) under an id derived from the ticket number, so a rerun of the turn
    /// finds the same hand-off instead of placing a second one.
    /// </summary>
    private async Task<Decision> EscalateAsync(SurveyTurnRequest request, SurveyTurnResult result, Domain.Tickets.Ticket ticket, CancellationToken cancellationToken)
    {
        var locale = result.State.Locale ?? request.Locale;
        var texts = HandoffTexts.For(locale);
        var id = new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("complaint-escalation:" + ticket.Number)).AsSpan(0, 16));
        var detail = string.Create(CultureInfo.InvariantCulture, $"ticket {ticket.Number}, level {ticket.Grade.Level}, {ticket.Category}");
        var placement = await queue.PlaceAsync(
            new NewHandoff(id, request.Conversation, HandoffReasons.ComplaintEscalation, locale, detail, ActivityJson.Serialize(request.Activity)), cancellationToken).ConfigureAwait(false);

        // The receipt (ticket number, first-response time) stays first. Queued: the customer waits for a person, so the
        // survey question the receipt was followed by is not asked again now. Call-back: say when, then the survey goes on.
        var receipt = Math.Min(result.Complaint!.Filed!.ReplyIndex, result.Replies.Count - 1);
        List<Activity> replies = [.. result.Replies.Take(receipt + 1)];
        if (placement.IsQueued)
        {
            result.State.Handoff = new HandoffState { Stage = HandoffStage.Requested, Id = placement.Handoff.Id, Reason = HandoffReasons.ComplaintEscalation, Detail = detail, Since = request.Now };
            replies.Add(Activity.CreateMessage(Format(texts.Queued, placement)));
        }
        else
        {
            if (placement.IsCallback)
            {
                replies.Add(Activity.CreateMessage(texts.CallbackBy(placement.CallbackDueAt ?? request.Now, customerTimeZone)));
            }

            replies.AddRange(result.Replies.Skip(receipt + 1));
        }

        return new Decision(result.State, true, replies, result);
    }

    /// <summary>
    /// A queued or active hand-off owns the conversation: record the message and stay quiet (active), or tell the
    /// customer their place, or cancel on request (queued). Null when the hand-off changed meanwhile (run again).
    /// </summary>
    private async Task<Decision?> WhileHandedOffAsync(Handoff open, SurveyTurnRequest request, CancellationToken cancellationToken)
    {
        var state = request.State ?? new ConversationState();
        if (request.Activity.IsType(ActivityTypes.Event) && request.Activity.Name == HubStatusEvent)
        {
            return await OnHubStatusAsync(open, request with { State = state }, cancellationToken).ConfigureAwait(false);
        }

        if (open.Status == HandoffStatuses.Active || !request.Activity.IsType(ActivityTypes.Message))
        {
            return new Decision(state, false, [], null);
        }

        var texts = HandoffTexts.For(state.Locale ?? request.Locale);
        var command = CommandParser.Parse(request.Activity.Text);
        if (command?.Kind is CommandKind.Stop or CommandKind.Restart)
        {
            if (!await handoffs.CloseAsync(open.Id, HandoffStatuses.Queued, HandoffStatuses.Cancelled, "customer", request.Now, null, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var resumed = engine.ResumeAfterHandoff(request with { State = state }, texts.Cancelled);
            return new Decision(resumed.State, true, resumed.Replies, resumed);
        }

        var place = await queue.PositionAsync(open.Id, cancellationToken).ConfigureAwait(false);
        return place is null ? null : new Decision(state, false, [Activity.CreateMessage(Format(texts.StillQueued, place))], null);
    }

    /// <summary>
    /// An external contact centre's <c>handoff.status</c> (protocol.md §6): accepted → it owns the conversation;
    /// completed → back to the bot; failed → a call-back (or, once it had the conversation, a polite close).
    /// Anything else is accepted and ignored.
    /// </summary>
    private async Task<Decision?> OnHubStatusAsync(Handoff open, SurveyTurnRequest request, CancellationToken cancellationToken)
    {
        var state = request.State!;
        var texts = HandoffTexts.For(state.Locale ?? request.Locale);
        var hubState = request.Activity.Value is System.Text.Json.Nodes.JsonObject value && value["state"] is System.Text.Json.Nodes.JsonValue s && s.TryGetValue<string>(out var text) ? text : null;
        switch (hubState)
        {
            case "accepted" when open.Status == HandoffStatuses.Queued:
                return await handoffs.TakeAsync(open.Id, ContactCentre, "Contact centre", request.Now, cancellationToken).ConfigureAwait(false)
                    ? new Decision(state, false, [], null)
                    : null;
            case "completed":
                if (!await handoffs.CloseAsync(open.Id, open.Status, HandoffStatuses.Released, ContactCentre, request.Now, null, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                var back = engine.ResumeAfterHandoff(request, texts.HandedBack);
                return new Decision(back.State, true, back.Replies, back);
            case "failed" when open.Status == HandoffStatuses.Queued:
                var placement = await queue.ToCallbackAsync(open, ContactCentre, cancellationToken).ConfigureAwait(false);
                if (placement is null)
                {
                    return null;
                }

                var resumed = engine.ResumeAfterHandoff(request, texts.CallbackBy(placement.CallbackDueAt ?? request.Now, customerTimeZone));
                return new Decision(resumed.State, true, resumed.Replies, resumed);
            case "failed":
                if (!await handoffs.CloseAsync(open.Id, HandoffStatuses.Active, HandoffStatuses.Ended, ContactCentre, request.Now, null, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                var ended = engine.ResumeAfterHandoff(request, texts.Ended, resumeSurvey: false);
                return new Decision(ended.State, true, ended.Replies, ended);
            default:
                return new Decision(state, false, [], null);
        }
    }

    private static string Format(string template, HandoffPlacement place) =>
        string.Format(CultureInfo.InvariantCulture, template, place.Position, Math.Max(1, (int)Math.Ceiling(place.EstimatedWait.TotalMinutes)));

    private static SurveyTurnResult Merge(SurveyTurnResult first, SurveyTurnResult second) => second with
    {
        Replies = [.. first.Replies, .. second.Replies],
        ResponsesStarted = [.. first.ResponsesStarted, .. second.ResponsesStarted],
        Answers = [.. first.Answers, .. second.Answers],
        ResponsesFinished = [.. first.ResponsesFinished, .. second.ResponsesFinished],
    };

    /// <param name="SaveState">False leaves the stored state untouched (no ETag check): the bot did not decide anything.</param>
    private sealed record Decision(ConversationState State, bool SaveState, IReadOnlyList<Activity> Replies, SurveyTurnResult? Survey);
}
