namespace AfterSalesBot.Domain.Invitations;

/// <summary>How an invitation reached the customer.</summary>
public static class InvitationDeliveries
{
    /// <summary>As a bot message in the customer's own conversation, with the survey started there.</summary>
    public const string Proactive = "proactive";

    /// <summary>As a personal survey link handed to the outbound sender.</summary>
    public const string Link = "link";
}
