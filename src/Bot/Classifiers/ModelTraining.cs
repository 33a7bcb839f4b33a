using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Domain.Classifiers;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Retraining;
using AfterSalesBot.TextAnalysis.Classification.Tagging;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Classifiers;

/// <summary>
/// The admin's "retrain" button: seed corpus + analyst labels (+ rating-labelled comments for sentiment) → candidate,
/// gated against the promoted model on the fixed validation set, stored either way, promoted when not worse.
/// One training at a time per instance (it takes seconds of CPU).
/// </summary>
public sealed class ModelTraining(
    IClassifierModelStore store, SurveyCatalog surveys, PromotedModelWatcher watcher, IOptions<ClassifiersOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Trains, stores and (if the gate passes) promotes a model for <paramref name="task"/>.</summary>
    public async Task<ClassifierModelInfo> TrainAsync(string task, string requestedBy, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var corpus = options.Value.CorpusDirectory ?? new ShippedModelOptions().CorpusDirectory;
            var seed = ShippedModels.LoadSeed(corpus, task);
            var labelled = (await store.AnalystLabelsAsync(task, cancellationToken).ConfigureAwait(false)).ToList();
            if (task == "sentiment")
            {
                var ratingQuestions = surveys.Latest.SelectMany(s => ReportQuestions.Of(s).Dimensions).Append(ImportedFeedback.RatingQuestion).Distinct().ToArray();
                labelled.AddRange(await store.RatingLabelledAsync(ratingQuestions, cancellationToken).ConfigureAwait(false));
            }

            var promoted = (await store.PromotedAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => p.Info.Task == task);
            var baseline = promoted.Model is null ? null : ModelFile.Deserialize(promoted.Model, $"promoted {task} model");
            var examples = labelled.Select(l => new LabeledExample(l.Text, [l.Label])).ToList();
            var result = await Task.Run(
                () => ModelRetrainer.Train(task, seed, examples, baseline, new ShippedModelOptions().Training, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (promoted.Model is not null && result.Candidate.Version == result.BaselineVersion)
            {
                // Same data, same settings, same bytes: the history gains nothing from a copy.
                return promoted.Info;
            }

            var info = await store.AddAsync(
                new NewClassifierModel(
                    task, result.Candidate.Version, ModelFile.Serialize(result.Candidate), result.TrainingRows, result.LabelRows, result.ValidationRows,
                    result.CandidateScore.MacroF1, result.CandidateScore.Accuracy, result.BaselineVersion, result.BaselineScore.MacroF1,
                    result.BaselineScore.Accuracy, requestedBy),
                result.Promote,
                time.GetUtcNow(),
                cancellationToken).ConfigureAwait(false);
            await watcher.RefreshAsync(cancellationToken).ConfigureAwait(false);
            return info;
        }
        finally
        {
            _gate.Release();
        }
    }
}
