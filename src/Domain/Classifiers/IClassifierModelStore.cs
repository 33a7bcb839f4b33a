namespace AfterSalesBot.Domain.Classifiers;

/// <summary>
/// Classifier models trained from analyst labels, shared by every instance through the database: the history, the
/// promoted model per task, promotion and rollback; and the labelled comments to train from.
/// </summary>
public interface IClassifierModelStore
{
    /// <summary>Stores a model; with <paramref name="promote"/> it becomes the task's promoted model (the previous one retires) in the same transaction.</summary>
    Task<ClassifierModelInfo> AddAsync(NewClassifierModel model, bool promote, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The models of a task (all tasks when null), newest first.</summary>
    Task<IReadOnlyList<ClassifierModelInfo>> ListAsync(string? task, CancellationToken cancellationToken);

    /// <summary>The promoted model of each task that has one: (info, file bytes).</summary>
    Task<IReadOnlyList<(ClassifierModelInfo Info, byte[] Model)>> PromotedAsync(CancellationToken cancellationToken);

    /// <summary>The promoted versions per task (cheap; what instances poll to notice a promotion).</summary>
    Task<IReadOnlyDictionary<string, string>> PromotedVersionsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Rolls <paramref name="task"/> back: the promoted model retires and the model promoted before it (or, with
    /// <paramref name="toVersion"/>, that earlier model) is promoted again. When no earlier model exists the task
    /// falls back to the shipped model (returns null). Throws <see cref="InvalidOperationException"/> when the task
    /// has no promoted model or <paramref name="toVersion"/> is unknown.
    /// </summary>
    Task<ClassifierModelInfo?> RollbackAsync(string task, string? toVersion, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Comments with an analyst label for <paramref name="task"/> (category, sentiment or emotion): the text and the label.</summary>
    Task<IReadOnlyList<TrainingText>> AnalystLabelsAsync(string task, CancellationToken cancellationToken);

    /// <summary>
    /// Comments without an analyst sentiment label whose response's ratings (answers to <paramref name="ratingQuestions"/>)
    /// make the sentiment unambiguous: every rating ≤ 2 → negative, every rating 5 → positive.
    /// </summary>
    Task<IReadOnlyList<TrainingText>> RatingLabelledAsync(IReadOnlyCollection<string> ratingQuestions, CancellationToken cancellationToken);
}
