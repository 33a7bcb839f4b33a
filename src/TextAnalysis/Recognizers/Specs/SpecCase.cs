namespace AfterSalesBot.TextAnalysis.Recognizers.Specs;

/// <summary>One case of a spec file.</summary>
/// <param name="Input">The text.</param>
/// <param name="Reference">Context.ReferenceDateTime, when given.</param>
/// <param name="NotSupportedByDotnet">True when NotSupported or NotSupportedByDesign lists dotnet: the reference .NET runner skips it.</param>
/// <param name="Expected">The expected entities, in order.</param>
public sealed record SpecCase(string Input, DateTimeOffset? Reference, bool NotSupportedByDotnet, IReadOnlyList<SpecEntity> Expected);
