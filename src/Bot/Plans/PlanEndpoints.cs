using AfterSalesBot.Bot.Security;
using AfterSalesBot.Bot.Tickets;
using AfterSalesBot.Domain.Plans;

namespace AfterSalesBot.Bot.Plans;

/// <summary>The improvement-plan API under /api/plans (analysts, supervisors, admins; API key or staff cookie) and the page /analyst/plans.</summary>
public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaffPage("/analyst/plans", "analyst/plans/index.html", Policies.Analysts);
        var group = app.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization(Policies.Analysts);
        group.MapGet("/", ListAsync).WithName("ListPlans").WithSummary("All plans, newest first, with their before/after verdicts.").Produces<IReadOnlyList<PlanResponse>>();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetPlan").WithSummary("One plan with its weekly notes and before/after verdict.")
            .Produces<PlanResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreatePlan").WithSummary("A new plan; its baseline is measured from the stored answers of the baseline period.")
            .Accepts<PlanRequest>("application/json").Produces<PlanResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapPost("/{id:guid}/status", StatusAsync).WithName("SetPlanStatus").WithSummary("not_started, in_progress or done; done schedules the re-survey of the baseline group.")
            .Accepts<PlanStatusRequest>("application/json").Produces<PlanResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/notes", NoteAsync).WithName("AddPlanNote").WithSummary("A weekly progress note.")
            .Accepts<PlanNoteRequest>("application/json").Produces<PlanResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/verify", VerifyAsync).WithName("VerifyPlan").WithSummary("Before vs after: verified when the criterion is met, failed when not (unchanged while too few answers).")
            .Produces<PlanResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(IImprovementPlanStore store, PlanService plans, CancellationToken cancellationToken)
    {
        var list = new List<PlanResponse>();
        foreach (var plan in await store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new PlanResponse(plan, plan.Criterion.ToString(), plans.IsOverdue(plan), await plans.EvaluateAsync(plan, cancellationToken).ConfigureAwait(false)));
        }

        return TypedResults.Ok(list);
    }

    private static async Task<IResult> GetAsync(Guid id, IImprovementPlanStore store, PlanService plans, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } plan
            ? TypedResults.Ok(await ResponseAsync(plan, plans, null, cancellationToken).ConfigureAwait(false))
            : NotFound(id);

    private static Task<IResult> CreateAsync(HttpContext context, PlanService plans) => RunAsync(async () =>
    {
        var (body, problem) = await ApiProblems.ReadBodyAsync<PlanRequest>(context.Request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var plan = await plans.CreateAsync(body!, context.User.Identity?.Name ?? "unknown", context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Created($"/api/plans/{plan.Id}", await ResponseAsync(plan, plans, null, context.RequestAborted).ConfigureAwait(false));
    });

    private static Task<IResult> StatusAsync(Guid id, HttpContext context, PlanService plans) => RunAsync(async () =>
    {
        var (body, problem) = await ApiProblems.ReadBodyAsync<PlanStatusRequest>(context.Request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        return await plans.SetStatusAsync(id, body!.Status, context.RequestAborted).ConfigureAwait(false) is { } plan
            ? TypedResults.Ok(await ResponseAsync(plan, plans, null, context.RequestAborted).ConfigureAwait(false))
            : NotFound(id);
    });

    private static Task<IResult> NoteAsync(Guid id, HttpContext context, IImprovementPlanStore store, PlanService plans, TimeProvider time) => RunAsync(async () =>
    {
        var (body, problem) = await ApiProblems.ReadBodyAsync<PlanNoteRequest>(context.Request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.Note) || body.Note.Length > 2000)
        {
            return ApiProblems.Field("note", "note is required (at most 2000 characters)");
        }

        var author = context.User.FindFirst("display_name")?.Value ?? context.User.Identity?.Name ?? "unknown";
        if (!await store.AddNoteAsync(id, new PlanNote(time.GetUtcNow(), author, body.Note.Trim()), context.RequestAborted).ConfigureAwait(false))
        {
            return NotFound(id);
        }

        return TypedResults.Ok(await ResponseAsync((await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false))!, plans, null, context.RequestAborted).ConfigureAwait(false));
    });

    private static Task<IResult> VerifyAsync(Guid id, HttpContext context, PlanService plans) => RunAsync(async () =>
    {
        var (plan, verdict) = await plans.VerifyAsync(id, context.RequestAborted).ConfigureAwait(false);
        return plan is null ? NotFound(id) : TypedResults.Ok(await ResponseAsync(plan, plans, verdict, context.RequestAborted).ConfigureAwait(false));
    });

    private static async Task<PlanResponse> ResponseAsync(ImprovementPlan plan, PlanService plans, PlanVerdict? verdict, CancellationToken cancellationToken) =>
        new(plan, plan.Criterion.ToString(), plans.IsOverdue(plan), verdict ?? await plans.EvaluateAsync(plan, cancellationToken).ConfigureAwait(false));

    private static IResult NotFound(Guid id) => TypedResults.Problem($"No plan {id}.", statusCode: StatusCodes.Status404NotFound, title: "No such plan.");

    private static async Task<IResult> RunAsync(Func<Task<IResult>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (PlanValidationException ex)
        {
            return ApiProblems.Field(ex.Field, ex.Reason);
        }
    }
}
