namespace AfterSalesBot.TextAnalysis.Classification.Models;

/// <summary>The most probable label with its probability, and the whole distribution.</summary>
public sealed record LabelPrediction(string Label, float Probability, IReadOnlyList<string> Labels, IReadOnlyList<float> Probabilities);
