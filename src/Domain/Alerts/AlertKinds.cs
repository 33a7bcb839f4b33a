namespace AfterSalesBot.Domain.Alerts;

/// <summary>What alerts are about.</summary>
public static class AlertKinds
{
    public const string ResponseRate = "response_rate";
    public const string Score = "score";
    public const string OverdueCallback = "overdue_callback";
    public const string PlanOverdue = "plan_overdue";
}
