namespace AfterSalesBot.Domain.ServiceEvents;

/// <summary>One event offered to the intake: stored, a repeat of a stored one, or refused with reasons.</summary>
public sealed record IntakeResult(ServiceEventSaveResult? Saved, IReadOnlyList<string> Errors)
{
    public bool Refused => Saved is null;
}
