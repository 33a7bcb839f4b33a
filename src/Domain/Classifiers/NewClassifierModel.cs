namespace AfterSalesBot.Domain.Classifiers;

/// <summary>
/// A model to store: its file bytes and both numbers of the promotion gate (the candidate's and the baseline's
/// macro-F1 and accuracy on the same fixed validation set).
/// </summary>
public sealed record NewClassifierModel(
    string Task,
    string Version,
    byte[] Model,
    int TrainingRows,
    int LabelRows,
    int ValidationRows,
    double MacroF1,
    double Accuracy,
    string BaselineVersion,
    double BaselineMacroF1,
    double BaselineAccuracy,
    string CreatedBy);
