namespace AfterSalesBot.Domain.Classifiers;

/// <summary>A stored model's history entry (without its bytes).</summary>
public sealed record ClassifierModelInfo(
    long Id,
    string Task,
    string Version,
    string Status,
    int TrainingRows,
    int LabelRows,
    int ValidationRows,
    double MacroF1,
    double Accuracy,
    string BaselineVersion,
    double BaselineMacroF1,
    double BaselineAccuracy,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PromotedAt,
    DateTimeOffset? RetiredAt);
