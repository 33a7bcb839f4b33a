namespace AfterSalesBot.Domain.ServiceEvents;

/// <summary>The stored event's id (the earlier one for a duplicate) and what happened.</summary>
public sealed record ServiceEventSaveResult(Guid EventId, ServiceEventSaveOutcome Outcome, Guid? InvitationId);
