namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>When a complaint is "complex" (return to factory, cross-department work): by category, by demand, or when the route has supporting departments.</summary>
public sealed class ComplexRule
{
    public List<string> Categories { get; set; } = [];

    public List<string> Demands { get; set; } = [];

    public bool WhenSupportingDepartments { get; set; }
}
