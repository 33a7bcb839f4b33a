namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>What the bot asked the customer about a ticket.</summary>
public enum TicketCheckKind
{
    /// <summary>After a resolution: is it solved, are you satisfied?</summary>
    Confirmation = 0,

    /// <summary>Days after the resolution: did the fix hold?</summary>
    FollowUp = 1,
}
