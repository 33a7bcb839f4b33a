using AfterSalesBot.Bot.Security;
using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.CustomerChecks;
using AfterSalesBot.Domain.Tickets.Rules;

namespace AfterSalesBot.Bot.Complaints;

/// <summary>
/// What the agent's ticket pages need besides the ticket API: display names (departments from the rules file,
/// categories and demands from the intake catalog), the server's clock for the SLA countdowns (so a browser with a
/// wrong clock still counts right), and the questions the bot asked the customer about a ticket.
/// </summary>
public static class TicketPageEndpoints
{
    public static IEndpointRouteBuilder MapTicketPageEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/complaints").WithTags("Complaints").RequireAuthorization(Policies.Staff);
        group.MapGet("/labels", (TicketRules rules, ComplaintCatalog catalog, TimeProvider time) => TypedResults.Ok(new TicketLabelsResponse(
                time.GetUtcNow(),
                rules.Departments.ToDictionary(d => d.Key, d => (IReadOnlyDictionary<string, string>)d.Value.Names, StringComparer.Ordinal),
                catalog.Categories.ToDictionary(c => c.Id, c => c.Names, StringComparer.Ordinal),
                catalog.Demands.ToDictionary(d => d.Id, d => d.Names, StringComparer.Ordinal),
                rules.Levels.Select(l => l.Level).Order().ToList())))
            .WithName("TicketLabels")
            .WithSummary("Display names for the ticket pages and the server's current time (UTC).");
        group.MapGet("/tickets/{number}/questions", async (string number, ICustomerCheckStore checks, CancellationToken cancellationToken) =>
                TicketNumber.IsWellFormed(number)
                    ? Results.Ok(await checks.ListForTicketAsync(number, cancellationToken).ConfigureAwait(false))
                    : Results.ValidationProblem(new Dictionary<string, string[]> { ["number"] = [$"'{number}' is not a ticket number (like T20260302-0001)"] }))
            .WithName("TicketCustomerQuestions")
            .WithSummary("The confirmation and follow-up questions the bot asked the customer about the ticket.");
        return app;
    }
}
