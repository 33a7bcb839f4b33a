using System.Globalization;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Bot.Tickets;
using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.ServiceEvents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>
/// Service events in (/api/service-events, staff API key or cookie), invitations, opt-outs, response rates, and the
/// anonymous redemption of a personal survey link (/api/invitations/redeem).
/// </summary>
public static class InvitationEndpoints
{
    public static IEndpointRouteBuilder MapInvitationEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/service-events", RecordEventAsync).WithTags("Invitations").RequireAuthorization(Policies.Staff)
            .WithName("RecordServiceEvent").WithSummary("A completed order / repair / ticket; schedules its survey invitation. 201 new, 200 already stored (same eventId or same fields).")
            .Accepts<ServiceEventRequest>("application/json").Produces<ServiceEventResponse>(StatusCodes.Status201Created).Produces<ServiceEventResponse>().ProducesValidationProblem();
        var group = app.MapGroup("/api/invitations").WithTags("Invitations");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.Staff).WithName("GetInvitation")
            .WithSummary("One invitation: status, next step and when, how it was delivered, why it was skipped.")
            .Produces<Invitation>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/opt-outs", OptOutAsync).RequireAuthorization(Policies.Staff).WithName("OptOut")
            .WithSummary("The customer wants no more surveys: honoured forever, also for invitations already scheduled.")
            .Accepts<OptOutRequest>("application/json").Produces(StatusCodes.Status204NoContent).ProducesValidationProblem();
        group.MapGet("/response-rates", RatesAsync).RequireAuthorization(Policies.Analysts).WithName("ResponseRates")
            .WithSummary("Invitations sent and surveys completed from them, per survey, channel and month, against the target.")
            .Produces<ResponseRateResponse>().ProducesValidationProblem();
        group.MapPost("/redeem", RedeemAsync).AllowAnonymous().WithName("RedeemSurveyLink")
            .WithSummary("Opens a personal survey link once: a web chat conversation with the invited survey started, and its Direct Line token.")
            .Accepts<RedeemRequest>("application/json").Produces<Channels.WebChat.WebChatToken>().ProducesProblem(StatusCodes.Status410Gone).ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> RecordEventAsync(HttpContext context, ServiceEventIntake intake, TimeProvider time)
    {
        var (body, problem) = await ApiProblems.ReadBodyAsync<ServiceEventRequest>(context.Request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var fields = new ServiceEventFields
        {
            EventId = body!.EventId, CustomerId = body.CustomerId, CustomerType = body.CustomerType, Product = body.Product, StaffId = body.StaffId,
            Team = body.Team, ServiceStage = body.ServiceStage, Channel = body.Channel, ContactRoute = body.ContactRoute, Contact = body.Contact,
            CompletedAt = body.CompletedAt, FirstResponseSeconds = body.FirstResponseSeconds?.ToString(CultureInfo.InvariantCulture),
            ResolvedFirstContact = body.ResolvedFirstContact?.ToString(), Conversation = body.Conversation, TimeZone = body.TimeZone,
            Locale = body.Locale, SurveyId = body.SurveyId,
        };
        var result = await intake.AcceptAsync(fields, time.GetUtcNow(), context.RequestAborted).ConfigureAwait(false);
        if (result.Saved is not { } saved)
        {
            return TypedResults.ValidationProblem(
                result.Errors.GroupBy(e => e.Split(' ', 2)[0]).ToDictionary(g => g.Key, g => g.ToArray()),
                title: "The service event has invalid fields.");
        }

        var response = new ServiceEventResponse(saved.EventId, saved.InvitationId, saved.Outcome == ServiceEventSaveOutcome.Duplicate);
        return response.Duplicate ? TypedResults.Ok(response) : TypedResults.Created($"/api/service-events/{saved.EventId}", response);
    }

    private static async Task<IResult> GetAsync(Guid id, IInvitationStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } invitation
            ? TypedResults.Ok(invitation)
            : TypedResults.Problem($"No invitation {id}.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> OptOutAsync(HttpContext context, IInvitationStore store, TimeProvider time)
    {
        var (body, problem) = await ApiProblems.ReadBodyAsync<OptOutRequest>(context.Request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.CustomerId))
        {
            return ApiProblems.Field("customerId", "customerId is required");
        }

        var source = string.IsNullOrWhiteSpace(body.Source) ? $"api:{context.User.Identity?.Name}" : body.Source.Trim();
        await store.OptOutAsync(body.CustomerId.Trim(), source, time.GetUtcNow(), context.RequestAborted).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> RatesAsync(
        IInvitationStore store, IOptions<InvitationOptions> options, TimeProvider time, [FromQuery] string? from, [FromQuery] string? to, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var start = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-2);
        var end = now.AddDays(1);
        if (from is not null && !DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromDay))
        {
            return ApiProblems.Field("from", "from must be yyyy-MM-dd");
        }

        if (to is not null && !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var toDay))
        {
            return ApiProblems.Field("to", "to must be yyyy-MM-dd");
        }

        if (from is not null)
        {
            start = new DateTimeOffset(DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (to is not null)
        {
            end = new DateTimeOffset(DateOnly.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        var rows = await store.ResponseRatesAsync(start, end, cancellationToken).ConfigureAwait(false);
        var sent = rows.Sum(r => r.Sent);
        var responded = rows.Sum(r => r.Responded);
        double? rate = sent == 0 ? null : (double)responded / sent;
        var target = options.Value.ResponseRateTarget;
        return TypedResults.Ok(new ResponseRateResponse(target, sent, responded, rate, rate is { } r ? r >= target : null, rows));
    }

    private static async Task<IResult> RedeemAsync(HttpContext context, SurveyLinkRedemption redemption)
    {
        var (body, problem) = await ApiProblems.ReadBodyAsync<RedeemRequest>(context.Request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var (grant, refused) = await redemption.RedeemAsync(body!.Token, context.RequestAborted).ConfigureAwait(false);
        return refused switch
        {
            null => Results.Json(grant, Channels.ChannelJson.Options),
            "malformed" or "invalid" => TypedResults.Problem("This survey link is not valid.", statusCode: StatusCodes.Status400BadRequest, title: refused),
            _ => TypedResults.Problem(
                refused switch
                {
                    "expired" => "This survey link has expired.",
                    "used" => "This survey link was already used.",
                    _ => "You asked not to receive surveys.",
                },
                statusCode: StatusCodes.Status410Gone,
                title: refused),
        };
    }
}
