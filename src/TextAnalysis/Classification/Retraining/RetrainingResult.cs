using AfterSalesBot.TextAnalysis.Classification.Evaluation;
using AfterSalesBot.TextAnalysis.Classification.Models;

namespace AfterSalesBot.TextAnalysis.Classification.Retraining;

/// <summary>
/// A retrained candidate, both scores on the fixed validation set, and the gate's verdict
/// (<see cref="Promote"/>: the candidate's macro-F1 is not below the baseline's).
/// </summary>
public sealed record RetrainingResult(
    LinearModel Candidate,
    ClassificationReport CandidateScore,
    string BaselineVersion,
    ClassificationReport BaselineScore,
    int TrainingRows,
    int LabelRows,
    int ValidationRows)
{
    /// <summary>The promotion gate: promote unless the candidate is worse (lower macro-F1) on the validation set.</summary>
    public bool Promote => CandidateScore.MacroF1 >= BaselineScore.MacroF1;
}
