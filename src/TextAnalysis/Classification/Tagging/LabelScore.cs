namespace AfterSalesBot.TextAnalysis.Classification.Tagging;

/// <summary>A label and its calibrated probability.</summary>
public readonly record struct LabelScore(string Label, double Probability);
