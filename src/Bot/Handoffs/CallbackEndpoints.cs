using System.Security.Claims;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Bot.Tickets;
using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Reports;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>
/// Call-back tasks under <c>/api/callbacks</c> (agents, supervisors, admins): the list by deadline (it carries contact
/// data, so every read is audited) and recording how a call went.
/// </summary>
public static class CallbackEndpoints
{
    public static IEndpointRouteBuilder MapCallbackEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/callbacks").WithTags("Call-backs").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListAsync).WithName("ListCallbacks")
            .WithSummary("Call-back tasks, earliest deadline first (?status=open|done|failed|cancelled, ?source=handoff|low_score|…). Audited.")
            .Produces<IReadOnlyList<CallbackTask>>().ProducesValidationProblem();
        group.MapPost("/{id:guid}/close", CloseAsync).WithName("CloseCallback")
            .WithSummary("Record the outcome of the call and close the task (the first outcome stands: a second close gets 409).")
            .Accepts<CallbackCloseRequest>("application/json").Produces<CallbackTask>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> ListAsync(
        [FromQuery] string? status, [FromQuery] string? source, ClaimsPrincipal user, ICallbackTaskStore callbacks, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (status is not null && status != CallbackStatuses.Open && !CallbackStatuses.Closed.Contains(status))
        {
            return ApiProblems.Field("status", "status must be open, done, failed or cancelled");
        }

        if (source is not null && !CallbackSources.All.Contains(source))
        {
            return ApiProblems.Field("source", $"source must be one of {string.Join(", ", CallbackSources.All)}");
        }

        var tasks = await callbacks.ListAsync(new CallbackQuery(status, source), cancellationToken);
        await audit.RecordAsync(
            new AuditEntry(time.GetUtcNow(), user.Actor(), user.FindFirstValue(ClaimTypes.Role), "callbacks.read", $"callbacks status={status ?? "any"} source={source ?? "any"}", $"{tasks.Count} tasks"),
            cancellationToken);
        return TypedResults.Ok(tasks);
    }

    private static async Task<IResult> CloseAsync(Guid id, HttpContext context, ICallbackTaskStore callbacks, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiProblems.ReadBodyAsync<CallbackCloseRequest>(context.Request);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Status is not { } status || !CallbackStatuses.Closed.Contains(status))
        {
            return ApiProblems.Field("status", "status must be done, failed or cancelled");
        }

        if (string.IsNullOrWhiteSpace(body.Outcome) || body.Outcome.Length > 500)
        {
            return ApiProblems.Field("outcome", "outcome is required, at most 500 characters");
        }

        if (await callbacks.GetAsync(id, cancellationToken) is null)
        {
            return TypedResults.Problem("No call-back task with this id.", statusCode: StatusCodes.Status404NotFound, title: "No such call-back task.");
        }

        var now = time.GetUtcNow();
        var user = context.User;
        if (!await callbacks.CloseAsync(id, status, body.Outcome.Trim(), body.Note?.Trim(), user.Actor(), now, cancellationToken))
        {
            return TypedResults.Problem("The task was closed already; the first outcome stands.", statusCode: StatusCodes.Status409Conflict, title: "Already closed.");
        }

        await audit.RecordAsync(new AuditEntry(now, user.Actor(), user.FindFirstValue(ClaimTypes.Role), "callbacks.close", $"callback:{id:D}", status), cancellationToken);
        return TypedResults.Ok(await callbacks.GetAsync(id, cancellationToken));
    }
}
