using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Domain.ServiceEvents;

/// <summary>
/// Takes completed services in, from the API and from CSV imports alike: check the fields, store the event once per
/// source key, and schedule its survey invitation in the same transaction.
/// </summary>
public sealed class ServiceEventIntake(IServiceEventStore store, ServiceEventParser parser, InvitationPlanner planner)
{
    public async Task<IntakeResult> AcceptAsync(ServiceEventFields fields, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(fields, now);
        if (parsed.Event is not { } serviceEvent)
        {
            return new IntakeResult(null, parsed.Errors);
        }

        var invitation = planner.Plan(serviceEvent, Guid.CreateVersion7(now));
        var saved = await store.RecordAsync(serviceEvent, invitation, now, cancellationToken).ConfigureAwait(false);
        return new IntakeResult(saved, []);
    }
}
