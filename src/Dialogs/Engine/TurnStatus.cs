namespace AfterSalesBot.Dialogs.Engine;

/// <summary>Where a conversation's dialog stands after a turn.</summary>
public enum TurnStatus
{
    /// <summary>A question is open; the next message answers it.</summary>
    Waiting = 0,

    /// <summary>The survey was finished (or had been finished before this turn).</summary>
    Complete = 1,

    /// <summary>The customer stopped the survey.</summary>
    Cancelled = 2,
}
