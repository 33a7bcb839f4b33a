using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Evaluation;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Training;

namespace AfterSalesBot.TextAnalysis.Classification.Retraining;

/// <summary>
/// Learning from corrections: trains a candidate from the seed corpus (minus the fixed validation fifth) plus labelled
/// comments, scores it and the baseline on the validation fifth, and says whether the gate lets it through.
/// </summary>
public static class ModelRetrainer
{
    /// <summary>Name of the baseline when no model has been promoted: a model trained the same way from the seed rows alone.</summary>
    public const string SeedBaseline = "seed-only";

    /// <summary>
    /// Trains the candidate. <paramref name="baseline"/> is the promoted model (trained the same way, so its
    /// validation score is honest); when null, the baseline is a seed-only model trained with the same settings on the
    /// same rows (the shipped model was trained on the validation rows too, so it cannot be scored on them).
    /// Labelled rows whose text is a validation text are left out of training.
    /// </summary>
    public static RetrainingResult Train(
        string task,
        IReadOnlyList<LabeledExample> seed,
        IReadOnlyList<LabeledExample> labelled,
        LinearModel? baseline,
        TrainingOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(task);
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(options);
        var validation = seed.Where(r => ValidationSplit.IsValidation(r.Text)).ToList();
        if (validation.Count == 0)
        {
            throw new ArgumentException("The seed corpus has no validation rows; retraining needs the seed corpus.", nameof(seed));
        }

        var seedTrain = seed.Where(r => !ValidationSplit.IsValidation(r.Text)).ToList();
        var validationTexts = validation.Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        var extra = labelled.Where(r => !validationTexts.Contains(r.Text)).ToList();
        var single = options with { Threads = 1 };

        var candidate = ModelTrainer.Train(task, [.. seedTrain, .. extra], null, single, null, cancellationToken);
        var reference = baseline ?? ModelTrainer.Train(task, seedTrain, null, single, null, cancellationToken);
        return new RetrainingResult(
            candidate,
            Score(candidate, validation),
            baseline?.Version ?? SeedBaseline,
            Score(reference, validation),
            seedTrain.Count + extra.Count,
            extra.Count,
            validation.Count);
    }

    private static ClassificationReport Score(LinearModel model, IReadOnlyList<LabeledExample> validation) =>
        ClassificationReport.Create(validation.Select(r => r.Label).ToList(), validation.Select(r => model.Predict(r.Text).Label).ToList());
}
