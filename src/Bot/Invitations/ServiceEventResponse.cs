namespace AfterSalesBot.Bot.Invitations;

/// <summary>What storing a service event did: its id, its invitation, and whether it was a repeat of a stored event.</summary>
public sealed record ServiceEventResponse(Guid EventId, Guid? InvitationId, bool Duplicate);
