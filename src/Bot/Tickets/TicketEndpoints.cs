using System.Globalization;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Domain.Tickets;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Bot.Tickets;

/// <summary>The tickets HTTP API under /api/tickets (API key with a staff role; /grade needs a supervisor or admin).</summary>
public static class TicketEndpoints
{
    public static IEndpointRouteBuilder MapTicketEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/tickets").WithTags("Tickets").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListAsync).WithName("ListTickets").WithSummary("Tickets, open ones by next deadline (overdue first).")
            .Produces<IReadOnlyList<TicketResponse>>().ProducesValidationProblem();
        group.MapGet("/{number}", GetAsync).WithName("GetTicket").WithSummary("One ticket with its history and handling records.")
            .Produces<TicketResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", OpenAsync).WithName("OpenTicket").WithSummary("Open a ticket: graded, routed, numbered, with deadlines.")
            .Accepts<OpenTicketRequest>("application/json").Produces<TicketResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        MapAction<StaffActionRequest>(group, "acknowledge", "First response: the owner has seen the ticket.",
            (s, n, b, actor, ct) => s.AcknowledgeAsync(n, b.StaffId ?? actor, ct));
        MapAction<RecordRequest>(group, "records", "Add a handling record (action, cost, compensation with approval number).",
            (s, n, b, actor, ct) => s.AddRecordAsync(n, b.StaffId ?? actor, b.Action ?? string.Empty, b.Cost, b.CompensationAmount, b.ApprovalNumber, ct));
        MapAction<ResolveRequest>(group, "resolve", "Mark resolved; the customer is asked to confirm.",
            (s, n, b, actor, ct) => s.ResolveAsync(n, b.StaffId ?? actor, b.Summary ?? string.Empty, ct));
        MapAction<ReopenRequest>(group, "reopen", "Reopen a resolved or confirmed ticket; the solution deadline starts again.",
            (s, n, b, actor, ct) => s.ReopenAsync(n, b.StaffId ?? actor, b.Reason ?? string.Empty, ct));
        MapAction<ConfirmRequest>(group, "confirm", "Record the customer's answer: solved → confirmed, not solved → reopened.",
            (s, n, b, actor, ct) => b.Solved is { } solved
                ? s.ConfirmAsync(n, solved, b.Satisfied, b.Comment, ct)
                : throw new TicketValidationException("solved", "solved (true or false) is required"));
        MapAction<StaffActionRequest>(group, "close", "Close a confirmed ticket.",
            (s, n, b, actor, ct) => s.CloseAsync(n, b.StaffId ?? actor, ct));
        MapAction<GradeRequest>(group, "grade", "Override urgency and/or level with a reason (supervisor or admin).",
            (s, n, b, actor, ct) => s.OverrideGradeAsync(n, b.StaffId ?? actor, ParseUrgency(b.Urgency), b.Level, b.Reason ?? string.Empty, ct))
            .RequireAuthorization(Policies.Supervisors);
        return app;
    }

    private static RouteHandlerBuilder MapAction<TBody>(
        RouteGroupBuilder group, string action, string summary, Func<TicketService, string, TBody, string, CancellationToken, Task<Ticket>> run)
        where TBody : class =>
        group.MapPost($"/{{number}}/{action}", async (string number, HttpContext context, TicketService service, TimeProvider time) =>
            await ApiProblems.RunAsync(async () =>
            {
                var (body, problem) = await ApiProblems.ReadBodyAsync<TBody>(context.Request).ConfigureAwait(false);
                if (problem is not null)
                {
                    return problem;
                }

                var actor = context.User.Identity?.Name ?? string.Empty;
                var ticket = await run(service, number, body!, actor, context.RequestAborted).ConfigureAwait(false);
                return TypedResults.Ok(TicketResponse.From(ticket, time.GetUtcNow()));
            }).ConfigureAwait(false))
            .WithName($"Ticket{char.ToUpperInvariant(action[0])}{action[1..]}")
            .WithSummary(summary)
            .Accepts<TBody>("application/json")
            .Produces<TicketResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static Task<IResult> ListAsync(
        TicketService service,
        TimeProvider time,
        [FromQuery] string? conversationId,
        [FromQuery] string? status,
        [FromQuery] string? customerId,
        [FromQuery] string? department,
        [FromQuery] string? owner,
        [FromQuery] string? limit,
        CancellationToken cancellationToken) =>
        ApiProblems.RunAsync(async () =>
        {
            TicketStatus? parsedStatus = null;
            if (!string.IsNullOrEmpty(status))
            {
                parsedStatus = TicketText.ParseStatus(status);
                if (parsedStatus is null)
                {
                    return ApiProblems.Field("status", $"'{status}' is not a status ({string.Join(", ", Enum.GetValues<TicketStatus>().Select(TicketText.Status))})");
                }
            }

            var max = 200;
            if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max is < 1 or > 1000))
            {
                return ApiProblems.Field("limit", "limit must be a whole number from 1 to 1000");
            }

            var tickets = await service.ListAsync(new TicketQuery(Empty(conversationId), parsedStatus, Empty(customerId), Empty(department), Empty(owner), max), cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            return TypedResults.Ok(tickets.Select(t => TicketResponse.From(t, now)).ToList());
        });

    private static Task<IResult> GetAsync(string number, TicketService service, TimeProvider time, CancellationToken cancellationToken) =>
        ApiProblems.RunAsync(async () =>
        {
            if (!TicketNumber.IsWellFormed(number))
            {
                return ApiProblems.Field("number", $"'{number}' is not a ticket number (like T20260302-0001)");
            }

            var ticket = await service.GetAsync(number, cancellationToken).ConfigureAwait(false) ?? throw new TicketNotFoundException(number);
            return TypedResults.Ok(TicketResponse.From(ticket, time.GetUtcNow()));
        });

    private static async Task<IResult> OpenAsync(HttpContext context, TicketService service, TimeProvider time) =>
        await ApiProblems.RunAsync(async () =>
        {
            var (body, problem) = await ApiProblems.ReadBodyAsync<OpenTicketRequest>(context.Request).ConfigureAwait(false);
            if (problem is not null)
            {
                return problem;
            }

            var ticket = await service.OpenAsync(
                new NewComplaint(
                    body!.CustomerId ?? string.Empty, body.Channel ?? string.Empty, body.Description ?? string.Empty, body.Category ?? string.Empty,
                    body.Demand ?? string.Empty, body.Product, body.PurchaseDate, body.Emotion, body.EmotionConfidence, body.CustomerTier,
                    body.ConversationId, body.Locale, body.ContactTail),
                context.RequestAborted).ConfigureAwait(false);
            return TypedResults.Created($"/api/tickets/{ticket.Number}", TicketResponse.From(ticket, time.GetUtcNow()));
        }).ConfigureAwait(false);

    private static Urgency? ParseUrgency(string? text) =>
        text is null ? null : TicketText.ParseUrgency(text) ?? throw new TicketValidationException("urgency", $"'{text}' is not an urgency (urgent, general, complex)");

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
