namespace AfterSalesBot.TextAnalysis.Classification.Evaluation;

/// <summary>Precision, recall and F1 of one label; <paramref name="Support"/> = gold rows with it.</summary>
public sealed record ClassScores(string Label, double Precision, double Recall, double F1, int Support);
