using System.Security.Claims;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Bot.Tickets;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Handoffs;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>
/// The hand-off API under <c>/api/handoffs</c> (agents, supervisors, admins; API key or the staff cookie): the queue,
/// one conversation with its transcript and answers (agents only while it is queued or theirs), take, write, typing,
/// hand back, end.
/// </summary>
public static class HandoffEndpoints
{
    private const int MaxMessageLength = 2000;

    public static IEndpointRouteBuilder MapHandoffEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/handoffs").WithTags("Hand-offs").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListAsync).WithName("ListHandoffs")
            .WithSummary("Hand-offs by status (queued oldest first); without status, the queued and active ones.")
            .Produces<IReadOnlyList<HandoffResponse>>().ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetHandoff")
            .WithSummary("One hand-off with the conversation's messages (after ?after=sequence) and survey answers. Audited.")
            .Produces<HandoffDetailResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/take", TakeAsync).WithName("TakeHandoff")
            .WithSummary("Take a queued conversation; exactly one agent wins, the others get 409.")
            .Produces<HandoffResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/messages", SendAsync).WithName("SendHandoffMessage")
            .WithSummary("Send the agent's text to the customer on the customer's own channel.")
            .Accepts<HandoffMessageRequest>("application/json").Produces<long>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/typing", TypingAsync).WithName("HandoffTyping")
            .WithSummary("Show the customer that the agent is typing.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/release", (Guid id, ClaimsPrincipal user, HandoffService service, IHandoffStore store, CancellationToken ct) =>
                ActAsync(id, store, () => service.ReleaseAsync(id, user, ct), ct))
            .WithName("ReleaseHandoff").WithSummary("Hand the conversation back to the bot; the survey resumes where it stopped.")
            .Produces<HandoffResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/end", (Guid id, ClaimsPrincipal user, HandoffService service, IHandoffStore store, CancellationToken ct) =>
                ActAsync(id, store, () => service.EndAsync(id, user, ct), ct))
            .WithName("EndHandoff").WithSummary("End the conversation politely.")
            .Produces<HandoffResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> ListAsync(IHandoffStore store, HandoffQueue queue, [FromQuery] string? status, CancellationToken cancellationToken)
    {
        if (status is not null and not (HandoffStatuses.Queued or HandoffStatuses.Active or HandoffStatuses.Released
            or HandoffStatuses.Ended or HandoffStatuses.Cancelled or HandoffStatuses.Callback))
        {
            return ApiProblems.Field("status", "status must be queued, active, released, ended, cancelled or callback");
        }

        var handoffs = status is null
            ? [.. await store.ListAsync(HandoffStatuses.Queued, 200, cancellationToken), .. await store.ListAsync(HandoffStatuses.Active, 200, cancellationToken)]
            : await store.ListAsync(status, 200, cancellationToken);
        var result = new List<HandoffResponse>(handoffs.Count);
        var position = 0;
        foreach (var handoff in handoffs)
        {
            // Queued ones come oldest first, so their place in line is their index among the queued.
            result.Add(HandoffResponse.From(handoff, handoff.Status == HandoffStatuses.Queued ? ++position : null));
        }

        return TypedResults.Ok(result);
    }

    private static async Task<IResult> GetAsync(
        Guid id, [FromQuery] long? after, ClaimsPrincipal user, IHandoffStore store, ITranscriptStore transcript, HandoffService service, CancellationToken cancellationToken)
    {
        var handoff = await store.GetAsync(id, cancellationToken);
        if (handoff is null)
        {
            return NotFound();
        }

        if (!HandoffService.MayRead(user, handoff))
        {
            return TypedResults.Problem("Agents see a conversation while it is queued or theirs.", statusCode: StatusCodes.Status403Forbidden, title: "Not your conversation.");
        }

        await service.AuditReadAsync(user, handoff, cancellationToken);
        var entries = await transcript.ReadAfterAsync(handoff.Conversation, Math.Max(0, after ?? 0), 1000, cancellationToken);
        var messages = entries
            .Select(e => (Entry: e, Activity: ActivityJson.Deserialize(e.ActivityJson)))
            .Where(x => x.Activity.IsType(ActivityTypes.Message))
            .Select(x => new TranscriptMessage(
                x.Entry.Sequence,
                x.Entry.Direction == TranscriptDirection.Inbound ? "in" : "out",
                x.Activity.From?.Id,
                x.Activity.From?.Name,
                x.Activity.Text,
                x.Activity.Timestamp ?? x.Entry.RecordedAt))
            .ToList();
        var answers = await store.ReadLatestAnswersAsync(handoff.Conversation, cancellationToken);
        return TypedResults.Ok(new HandoffDetailResponse(HandoffResponse.From(handoff), messages, answers));
    }

    private static async Task<IResult> TakeAsync(Guid id, ClaimsPrincipal user, HandoffService service, IHandoffStore store, CancellationToken cancellationToken) =>
        await ActAsync(id, store, () => service.TakeAsync(id, user, cancellationToken), cancellationToken);

    private static async Task<IResult> SendAsync(Guid id, HttpContext context, HandoffService service, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiProblems.ReadBodyAsync<HandoffMessageRequest>(context.Request);
        if (problem is not null)
        {
            return problem;
        }

        var text = body!.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxMessageLength)
        {
            return ApiProblems.Field("text", $"text is required, at most {MaxMessageLength} characters");
        }

        var (result, sequence) = await service.SendAsync(id, context.User, text, cancellationToken);
        return result == HandoffActionResult.Done ? TypedResults.Ok(sequence) : Problem(result);
    }

    private static async Task<IResult> TypingAsync(Guid id, ClaimsPrincipal user, HandoffService service, CancellationToken cancellationToken)
    {
        var result = await service.TypingAsync(id, user, cancellationToken);
        return result == HandoffActionResult.Done ? TypedResults.NoContent() : Problem(result);
    }

    private static async Task<IResult> ActAsync(Guid id, IHandoffStore store, Func<Task<HandoffActionResult>> act, CancellationToken cancellationToken)
    {
        var result = await act();
        if (result != HandoffActionResult.Done)
        {
            return Problem(result);
        }

        return TypedResults.Ok(HandoffResponse.From((await store.GetAsync(id, cancellationToken))!));
    }

    private static IResult Problem(HandoffActionResult result) => result switch
    {
        HandoffActionResult.NotFound => NotFound(),
        HandoffActionResult.NotYours => TypedResults.Problem("Another agent has this conversation.", statusCode: StatusCodes.Status403Forbidden, title: "Not your conversation."),
        _ => TypedResults.Problem("The hand-off is not in a status that allows this (taken by someone else, or closed).", statusCode: StatusCodes.Status409Conflict, title: "Not allowed in the hand-off's current status."),
    };

    private static IResult NotFound() => TypedResults.Problem("No hand-off with this id.", statusCode: StatusCodes.Status404NotFound, title: "No such hand-off.");
}
