namespace AfterSalesBot.Domain.Tickets.CustomerChecks;

/// <summary>What the bot asks the customer about a ticket.</summary>
public static class CustomerCheckKinds
{
    /// <summary>Right after a resolution: is it solved, are you satisfied?</summary>
    public const string Confirmation = "confirmation";

    /// <summary>The rules' follow-up days after the resolution: did the fix hold?</summary>
    public const string FollowUp = "follow_up";
}
