namespace AfterSalesBot.TextAnalysis.Classification.Training;

/// <summary>Reported after every epoch (and once per refit epoch).</summary>
/// <param name="Stage">"train" for the early-stopping run, "refit" for the final run on all rows.</param>
/// <param name="ValidationAccuracy">Accuracy on the validation rows, or NaN when there are none.</param>
public sealed record TrainingProgress(string Stage, int Epoch, int Epochs, double ValidationAccuracy);
