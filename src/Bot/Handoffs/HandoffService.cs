using System.Security.Claims;
using AfterSalesBot.Bot.Channels.Proactive;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Handoffs;
using AfterSalesBot.Domain.Handoffs;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Domain.Security;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>
/// What agents (and the queue job) do to a hand-off: take it (exactly one wins), write to the customer on their own
/// channel, show typing, hand back to the bot (the survey resumes) or end it, or turn a long wait into a call-back.
/// Takes and reads of a conversation go to the audit log.
/// </summary>
public sealed partial class HandoffService(
    IHandoffStore store,
    HandoffQueue queue,
    HandoffResumer resumer,
    IProactiveMessenger messenger,
    IAuditLog audit,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffService> logger)
{
    private TimeZoneInfo CustomerZone => TimeZoneInfo.FindSystemTimeZoneById(options.Value.CustomerTimeZone);

    public async Task<HandoffActionResult> TakeAsync(Guid id, ClaimsPrincipal agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var handoff = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (handoff is null)
        {
            return HandoffActionResult.NotFound;
        }

        var name = DisplayName(agent);
        if (!await store.TakeAsync(id, agent.Actor(), name, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return HandoffActionResult.WrongStatus;
        }

        await AuditAsync(agent, "handoff.take", handoff, null, cancellationToken).ConfigureAwait(false);
        var joined = Activity.CreateMessage(string.Format(System.Globalization.CultureInfo.InvariantCulture, HandoffTexts.For(handoff.Locale).AgentJoined, name));
        await messenger.SendAsync(handoff.Conversation, joined, cancellationToken).ConfigureAwait(false);
        return HandoffActionResult.Done;
    }

    /// <summary>Sends the agent's text to the customer, from the agent's display name, on the customer's channel.</summary>
    public async Task<(HandoffActionResult Result, long Sequence)> SendAsync(Guid id, ClaimsPrincipal agent, string text, CancellationToken cancellationToken)
    {
        var (result, handoff) = await OwnedActiveAsync(id, agent, cancellationToken).ConfigureAwait(false);
        if (result != HandoffActionResult.Done)
        {
            return (result, 0);
        }

        var message = Activity.CreateMessage(text);
        message.From = AgentAccount(agent);
        return (HandoffActionResult.Done, await messenger.SendAsync(handoff!.Conversation, message, cancellationToken).ConfigureAwait(false));
    }

    public async Task<HandoffActionResult> TypingAsync(Guid id, ClaimsPrincipal agent, CancellationToken cancellationToken)
    {
        var (result, handoff) = await OwnedActiveAsync(id, agent, cancellationToken).ConfigureAwait(false);
        if (result == HandoffActionResult.Done)
        {
            await messenger.SendTypingAsync(handoff!.Conversation, AgentAccount(agent), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Back to the bot: the survey picks up at the question it stopped at.</summary>
    public Task<HandoffActionResult> ReleaseAsync(Guid id, ClaimsPrincipal agent, CancellationToken cancellationToken) =>
        CloseAsync(id, agent, HandoffStatuses.Released, t => t.HandedBack, resumeSurvey: true, cancellationToken);

    /// <summary>Ends the conversation politely (the survey is not asked again; the customer may pick it up by writing).</summary>
    public Task<HandoffActionResult> EndAsync(Guid id, ClaimsPrincipal agent, CancellationToken cancellationToken) =>
        CloseAsync(id, agent, HandoffStatuses.Ended, t => t.Ended, resumeSurvey: false, cancellationToken);

    /// <summary>Turns one too-long wait into a call-back and tells the customer when to expect it; false when an agent took it first.</summary>
    public async Task<bool> ExpireAsync(Handoff handoff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var placement = await queue.ToCallbackAsync(handoff, "system", cancellationToken).ConfigureAwait(false);
        if (placement is null)
        {
            return false;
        }

        var due = placement.CallbackDueAt!.Value;
        await SayAsync(handoff, t => t.CallbackBy(due, CustomerZone), resumeSurvey: true, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Records that a staff member read a conversation's transcript and answers (personal data).</summary>
    public Task AuditReadAsync(ClaimsPrincipal reader, Handoff handoff, CancellationToken cancellationToken) =>
        AuditAsync(reader, "handoff.read", handoff, null, cancellationToken);

    /// <summary>Whether <paramref name="user"/> may see this hand-off's conversation: agents only while it is in the queue or theirs.</summary>
    public static bool MayRead(ClaimsPrincipal user, Handoff handoff)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(handoff);
        return user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin)
            || handoff.Status == HandoffStatuses.Queued
            || handoff.Agent == user.Identity?.Name;
    }

    private async Task<HandoffActionResult> CloseAsync(
        Guid id, ClaimsPrincipal agent, string status, Func<HandoffTexts, string> lead, bool resumeSurvey, CancellationToken cancellationToken)
    {
        var (result, handoff) = await OwnedActiveAsync(id, agent, cancellationToken).ConfigureAwait(false);
        if (result != HandoffActionResult.Done)
        {
            return result;
        }

        if (!await store.CloseAsync(id, HandoffStatuses.Active, status, agent.Actor(), time.GetUtcNow(), null, cancellationToken).ConfigureAwait(false))
        {
            return HandoffActionResult.WrongStatus;
        }

        await AuditAsync(agent, $"handoff.{(status == HandoffStatuses.Released ? "release" : "end")}", handoff!, null, cancellationToken).ConfigureAwait(false);
        await SayAsync(handoff!, lead, resumeSurvey, cancellationToken).ConfigureAwait(false);
        return HandoffActionResult.Done;
    }

    private async Task SayAsync(Handoff handoff, Func<HandoffTexts, string> lead, bool resumeSurvey, CancellationToken cancellationToken)
    {
        var replies = await resumer.ResumeAsync(handoff.Conversation, handoff.Locale, lead, resumeSurvey, cancellationToken).ConfigureAwait(false);
        foreach (var reply in replies)
        {
            await messenger.SendAsync(handoff.Conversation, reply, cancellationToken).ConfigureAwait(false);
        }

        LogResumed(handoff.Id, handoff.Conversation.ToString(), replies.Count);
    }

    /// <summary>The hand-off, when it is active and <paramref name="agent"/> owns it (supervisors and admins may act on any).</summary>
    private async Task<(HandoffActionResult, Handoff?)> OwnedActiveAsync(Guid id, ClaimsPrincipal agent, CancellationToken cancellationToken)
    {
        var handoff = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (handoff is null)
        {
            return (HandoffActionResult.NotFound, null);
        }

        if (handoff.Status != HandoffStatuses.Active)
        {
            return (HandoffActionResult.WrongStatus, handoff);
        }

        var owner = handoff.Agent == agent.Identity?.Name || agent.IsInRole(Roles.Supervisor) || agent.IsInRole(Roles.Admin);
        return (owner ? HandoffActionResult.Done : HandoffActionResult.NotYours, handoff);
    }

    private Task AuditAsync(ClaimsPrincipal user, string action, Handoff handoff, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditEntry(time.GetUtcNow(), user.Actor(), user.FindFirstValue(ClaimTypes.Role), action, $"handoff:{handoff.Id:D} {handoff.Conversation}", detail),
            cancellationToken);

    private static string DisplayName(ClaimsPrincipal agent) => agent.FindFirstValue(StaffClaims.DisplayName) ?? agent.Actor();

    private static ChannelAccount AgentAccount(ClaimsPrincipal agent) =>
        new() { Id = $"agent:{agent.Actor()}", Name = DisplayName(agent), Role = RoleTypes.Bot };

    [LoggerMessage(Level = LogLevel.Information, Message = "Hand-off {HandoffId} closed; {Conversation} is back with the bot ({Replies} messages sent)")]
    private partial void LogResumed(Guid handoffId, string conversation, int replies);
}
