using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Training;

namespace AfterSalesBot.TextAnalysis.Classification.Tagging;

/// <summary>
/// The default models: trained deterministically from the seed corpus the first time they are needed and
/// cached as <c>{task}-{fingerprint}.asbm</c>; later starts load the cached file (milliseconds). A changed
/// corpus or setting changes the fingerprint and so trains a new model; nothing binary is committed.
/// </summary>
public static class ShippedModels
{
    /// <summary>The three tasks of the default tagger.</summary>
    public static IReadOnlyList<string> Tasks { get; } = ["category", "sentiment", "emotion"];

    /// <summary>Loads (or trains and caches) the three default models and returns a tagger over them.</summary>
    public static CommentTagger LoadOrTrain(ShippedModelOptions? options = null, IProgress<string>? log = null, CancellationToken cancellationToken = default)
    {
        options ??= new ShippedModelOptions();
        var models = Tasks.Select(t => LoadOrTrain(t, options, log, cancellationToken)).ToArray();
        return new CommentTagger(models[0], models[1], models[2], options.Tagger);
    }

    /// <summary>Loads or trains the default model of one task.</summary>
    public static LinearModel LoadOrTrain(string task, ShippedModelOptions options, IProgress<string>? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rows = LoadSeed(options.CorpusDirectory, task);
        var fingerprint = ModelTrainer.Fingerprint(task, rows, null, options.Training);
        var path = Path.Combine(options.ModelsDirectory, $"{task}-{fingerprint[..16]}.asbm");
        if (File.Exists(path))
        {
            try
            {
                var cached = ModelFile.Load(path);
                if (cached.Header.Fingerprint == fingerprint)
                {
                    return cached;
                }
            }
            catch (ModelFormatException e)
            {
                log?.Report($"{path}: {e.Message} Retraining.");
            }
        }

        log?.Report($"Training the default {task} model from {rows.Count} seed rows in {options.CorpusDirectory}.");
        var model = ModelTrainer.Train(task, rows, null, options.Training with { Threads = 1 }, null, cancellationToken);
        ModelFile.Save(model, path);
        return model;
    }

    /// <summary>
    /// Reads the seed rows for <paramref name="task"/> from every CSV in <paramref name="corpusDirectory"/>, in file-name order.
    /// The category task reads the <c>categories</c> column (all labels, main first).
    /// </summary>
    public static IReadOnlyList<LabeledExample> LoadSeed(string corpusDirectory, string task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (!Directory.Exists(corpusDirectory))
        {
            throw new DirectoryNotFoundException(
                $"The seed corpus directory '{corpusDirectory}' does not exist; the default models are trained from corpus/seed/*.csv.");
        }

        var files = Directory.GetFiles(corpusDirectory, "*.csv").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"No *.csv seed files in '{corpusDirectory}'.");
        }

        var column = task == "category" ? "categories" : task;
        return files.SelectMany(f => LabeledCsv.Load(f, "text", column)).ToList();
    }
}
