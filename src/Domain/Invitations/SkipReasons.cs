namespace AfterSalesBot.Domain.Invitations;

/// <summary>Why an invitation (or its reminder) was not sent.</summary>
public static class SkipReasons
{
    public const string OptedOut = "opted_out";

    public const string Quarantine = "quarantine";

    public const string ChurnRisk = "churn_risk";

    public const string NoRoute = "no_route";

    public const string DeliveryFailed = "delivery_failed";
}
