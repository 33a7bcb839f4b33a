using System.CommandLine;
using System.Globalization;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Domain.Classifiers;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Domain.Surveys.Definitions;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Retraining;
using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.Cli.Commands;

/// <summary>
/// <c>aftersales train --from-db --task T</c>: seed corpus + analyst labels (+ rating-labelled comments for sentiment)
/// → candidate; promoted only if not worse than the promoted model on the fixed validation set, else kept as a candidate.
/// </summary>
internal sealed class TrainFromDatabase
{
    public Option<bool> FromDb { get; } = new("--from-db") { Description = "Train from the seed corpus plus the analyst labels in the database, with the promotion gate (no --data/--out)." };

    public Option<DirectoryInfo?> Corpus { get; } = new("--corpus") { Description = "Seed corpus folder for --from-db (default: corpus/seed next to the binaries)." };

    public Option<DirectoryInfo?> SurveysDir { get; } = new("--surveys-dir") { Description = "Survey definitions for --from-db (rating questions; default ./surveys)." };

    public Option<string> By { get; } = new("--by") { Description = "Who asked for the training (stored in the model history).", DefaultValueFactory = _ => Environment.UserName };

    public DatabaseOptions Database { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(FromDb);
        command.Options.Add(Corpus);
        command.Options.Add(SurveysDir);
        command.Options.Add(By);
        Database.AddTo(command);
    }

    public Task<int> RunAsync(ParseResult parse, string task, CancellationToken cancellationToken) =>
        Database.RunAsync(parse, "cannot train from the database: ", async dialect =>
        {
            var store = new SqlClassifierModelStore(dialect);
            var corpus = parse.GetValue(Corpus)?.FullName ?? new ShippedModelOptions().CorpusDirectory;
            var seed = ShippedModels.LoadSeed(corpus, task);
            var labelled = (await store.AnalystLabelsAsync(task, cancellationToken).ConfigureAwait(false)).ToList();
            var analystRows = labelled.Count;
            if (task == "sentiment")
            {
                var questions = await RatingQuestionsAsync(parse.GetValue(SurveysDir), cancellationToken).ConfigureAwait(false);
                labelled.AddRange(await store.RatingLabelledAsync(questions, cancellationToken).ConfigureAwait(false));
            }

            var promoted = (await store.PromotedAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => p.Info.Task == task);
            var baseline = promoted.Model is null ? null : ModelFile.Deserialize(promoted.Model, $"promoted {task} model");
            Console.WriteLine($"training {task}: {seed.Count} seed rows, {analystRows} analyst labels, {labelled.Count - analystRows} rating-labelled comments");
            var result = ModelRetrainer.Train(
                task, seed, labelled.Select(l => new LabeledExample(l.Text, [l.Label])).ToList(), baseline, new ShippedModelOptions().Training, cancellationToken);
            if (result.Candidate.Version == result.BaselineVersion)
            {
                Console.WriteLine($"unchanged: the candidate is the promoted model {result.BaselineVersion} (same data, same settings); nothing stored");
                return 0;
            }

            var info = await store.AddAsync(
                new NewClassifierModel(
                    task, result.Candidate.Version, ModelFile.Serialize(result.Candidate), result.TrainingRows, result.LabelRows, result.ValidationRows,
                    result.CandidateScore.MacroF1, result.CandidateScore.Accuracy, result.BaselineVersion, result.BaselineScore.MacroF1,
                    result.BaselineScore.Accuracy, parse.GetValue(By)!),
                result.Promote,
                TimeProvider.System.GetUtcNow(),
                cancellationToken).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"candidate {result.Candidate.Version}: macro_f1={result.CandidateScore.MacroF1:F4} accuracy={result.CandidateScore.Accuracy:F4} on {result.ValidationRows} validation rows"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"baseline  {result.BaselineVersion}: macro_f1={result.BaselineScore.MacroF1:F4} accuracy={result.BaselineScore.Accuracy:F4}"));
            Console.WriteLine(result.Promote
                ? $"promoted: {task} model {info.Version} (id {info.Id}) now tags new comments; running services switch within Classifiers:ModelPollInterval"
                : $"kept as candidate: {task} model {info.Version} (id {info.Id}) is worse than {result.BaselineVersion} on the validation set; the model in use is unchanged");
            return 0;
        });

    /// <summary>The rating (1–5) questions of every survey definition, plus the rating column of imported feedback.</summary>
    internal static async Task<IReadOnlyCollection<string>> RatingQuestionsAsync(DirectoryInfo? folder, CancellationToken cancellationToken)
    {
        var directory = folder?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), "surveys");
        var questions = new HashSet<string>(StringComparer.Ordinal) { ImportedFeedback.RatingQuestion };
        if (Directory.Exists(directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.json"))
            {
                if ((await SurveyDefinitionReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false)).Survey is { } survey)
                {
                    questions.UnionWith(ReportQuestions.Of(survey).Dimensions);
                }
            }
        }

        return questions;
    }
}
