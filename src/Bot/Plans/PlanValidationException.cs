namespace AfterSalesBot.Bot.Plans;

/// <summary>A plan request with a field that cannot be used.</summary>
public sealed class PlanValidationException(string field, string reason) : Exception($"{field}: {reason}")
{
    public string Field { get; } = field;

    public string Reason { get; } = reason;
}
