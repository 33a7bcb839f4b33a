namespace AfterSalesBot.Domain.Invitations;

/// <summary>Invitation statuses (stored as text).</summary>
public static class InvitationStatuses
{
    /// <summary>Waiting for its due time.</summary>
    public const string Scheduled = "scheduled";

    /// <summary>Delivered; the reminder may still be due.</summary>
    public const string Sent = "sent";

    /// <summary>Never sent, for the reason in skip_reason (opted_out, quarantine, churn_risk, no_route, delivery_failed).</summary>
    public const string Skipped = "skipped";
}
