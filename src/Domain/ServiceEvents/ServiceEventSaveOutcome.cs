namespace AfterSalesBot.Domain.ServiceEvents;

/// <summary>What storing a service event did.</summary>
public enum ServiceEventSaveOutcome
{
    /// <summary>New: stored, with its invitation scheduled.</summary>
    Created,

    /// <summary>An event with the same source key was stored before; nothing was written.</summary>
    Duplicate,
}
