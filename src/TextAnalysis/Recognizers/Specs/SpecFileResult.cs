namespace AfterSalesBot.TextAnalysis.Recognizers.Specs;

/// <summary>The outcome of one spec file.</summary>
/// <param name="Path">The file.</param>
/// <param name="Language">"Chinese" or "English".</param>
/// <param name="Model">The model exercised.</param>
/// <param name="Results">Every case with its outcome.</param>
public sealed record SpecFileResult(string Path, string Language, SpecModel Model, IReadOnlyList<SpecCaseResult> Results)
{
    /// <summary>Cases the reference .NET implementation runs.</summary>
    public int Supported => Results.Count(r => !r.Case.NotSupportedByDotnet);

    /// <summary>Supported cases we pass.</summary>
    public int Passed => Results.Count(r => !r.Case.NotSupportedByDotnet && r.Passed);

    /// <summary>Cases marked NotSupported for dotnet, counted apart.</summary>
    public int NotSupported => Results.Count(r => r.Case.NotSupportedByDotnet);

    /// <summary>NotSupported-for-dotnet cases we pass anyway.</summary>
    public int NotSupportedPassed => Results.Count(r => r.Case.NotSupportedByDotnet && r.Passed);

    /// <summary>Passed / supported, 0–1.</summary>
    public double PassRate => Supported == 0 ? 0 : (double)Passed / Supported;
}
