namespace AfterSalesBot.TextAnalysis.Recognizers.Specs;

/// <summary>How one case went: what was expected, what we produced, and why they differ.</summary>
/// <param name="Case">The case.</param>
/// <param name="Actual">What our recognizers produced.</param>
/// <param name="Failure">Null when the case passed; otherwise the first difference.</param>
public sealed record SpecCaseResult(SpecCase Case, IReadOnlyList<SpecEntity> Actual, string? Failure)
{
    /// <summary>True when every compared field matched.</summary>
    public bool Passed => Failure is null;
}
