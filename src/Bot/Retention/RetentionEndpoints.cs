using AfterSalesBot.Bot.Security;
using AfterSalesBot.Domain.Retention;

namespace AfterSalesBot.Bot.Retention;

/// <summary>Churn-risk flags for supervisors: the list with reasons, and clearing a flag once the customer was retained.</summary>
public static class RetentionEndpoints
{
    public static IEndpointRouteBuilder MapRetentionEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/retention").WithTags("Retention").RequireAuthorization(Policies.Supervisors);
        group.MapGet("/flags", async (IChurnFlagStore flags, CancellationToken cancellationToken) =>
                TypedResults.Ok(await flags.ListOpenAsync(500, cancellationToken).ConfigureAwait(false)))
            .WithName("ListChurnFlags").WithSummary("Customers flagged for retention (falling scores, repeated complaints), newest first, with the reasons.")
            .Produces<IReadOnlyList<ChurnFlag>>();
        group.MapPost("/flags/{customerId}/clear", async (string customerId, HttpContext context, IChurnFlagStore flags, TimeProvider time) =>
                await flags.ClearAsync(customerId, context.User.Identity?.Name ?? "unknown", time.GetUtcNow(), context.RequestAborted).ConfigureAwait(false)
                    ? Results.NoContent()
                    : TypedResults.Problem($"No open churn flag for {customerId}.", statusCode: StatusCodes.Status404NotFound))
            .WithName("ClearChurnFlag").WithSummary("The customer was retained: routine invitations resume.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
