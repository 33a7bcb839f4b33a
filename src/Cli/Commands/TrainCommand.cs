using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Training;
using Spectre.Console;

namespace AfterSalesBot.Cli.Commands;

/// <summary><c>aftersales train</c>: trains a text classifier from any labelled CSV and writes a model file.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var task = new Option<string>("--task") { Description = "Task name stored in the model: category, sentiment, emotion (or any name for other label sets).", Required = true };
        var data = new Option<FileInfo?>("--data") { Description = "Training CSV (RFC 4180, header row); required unless --from-db." };
        var textColumn = new Option<string>("--text-column") { Description = "Column holding the text.", DefaultValueFactory = _ => "text" };
        var labelColumn = new Option<string>("--label-column") { Description = "Column holding the label ('|' separates several, main first).", DefaultValueFactory = _ => "label" };
        var valid = new Option<FileInfo?>("--valid") { Description = "Validation CSV for early stopping and calibration (default: a seeded 10% of --data)." };
        var output = new Option<FileInfo?>("--out") { Description = "Model file to write; required unless --from-db." };
        var epochs = new Option<int?>("--epochs") { Description = "Maximum epochs (default 25)." };
        var lr = new Option<double?>("--lr") { Description = "Initial learning rate (default 1.0)." };
        var buckets = new Option<int?>("--buckets") { Description = "Hash buckets (default 4194304)." };
        var wordNgrams = new Option<int?>("--word-ngrams") { Description = "Longest word n-gram for Latin text (default 2)." };
        var cjk = new Option<string?>("--cjk-ngrams") { Description = "CJK character n-gram range, e.g. 1-3 (default)." };
        var subwords = new Option<string?>("--subwords") { Description = "Character n-gram range inside Latin words, e.g. 3-5 (default); 0 = off." };
        var threads = new Option<int>("--threads") { Description = "Training threads (1 = deterministic).", DefaultValueFactory = _ => 1 };
        var seed = new Option<int?>("--seed") { Description = "Random seed (default 17)." };
        var quantize = new Option<bool>("--quantize") { Description = "Store weights as 8-bit integers (about 4x smaller)." };
        var noEarlyStop = new Option<bool>("--no-early-stopping") { Description = "Train all epochs without a validation split." };

        var command = new Command("train", "Train a text classifier (category, sentiment, emotion or any labelled CSV).")
        {
            task, data, textColumn, labelColumn, valid, output, epochs, lr, buckets, wordNgrams, cjk, subwords, threads, seed, quantize, noEarlyStop,
        };
        var fromDb = new TrainFromDatabase();
        fromDb.AddTo(command);
        command.SetAction((parse, cancellationToken) => parse.GetValue(fromDb.FromDb)
            ? TextAnalysisErrors.RunAsync(() => fromDb.RunAsync(parse, parse.GetValue(task)!, cancellationToken))
            : TextAnalysisErrors.Run(() =>
        {
            if (parse.GetValue(data) is null || parse.GetValue(output) is null)
            {
                throw new ArgumentException("--data and --out are required (or use --from-db).");
            }

            var defaults = new TrainingOptions();
            var features = defaults.Features;
            features = features with
            {
                Buckets = parse.GetValue(buckets) ?? features.Buckets,
                WordNgrams = parse.GetValue(wordNgrams) ?? features.WordNgrams,
            };
            if (parse.GetValue(cjk) is { } cjkRange)
            {
                var (min, max) = ParseRange(cjkRange, "--cjk-ngrams");
                features = features with { CjkMinN = min, CjkMaxN = max };
            }

            if (parse.GetValue(subwords) is { } subRange)
            {
                var (min, max) = ParseRange(subRange, "--subwords");
                features = features with { SubwordMinN = min, SubwordMaxN = max };
            }

            var options = defaults with
            {
                Features = features,
                Epochs = parse.GetValue(epochs) ?? defaults.Epochs,
                LearningRate = parse.GetValue(lr) ?? defaults.LearningRate,
                Threads = parse.GetValue(threads),
                Seed = parse.GetValue(seed) ?? defaults.Seed,
                EarlyStopping = !parse.GetValue(noEarlyStop),
            };
            var taskName = parse.GetValue(task)!;
            var text = parse.GetValue(textColumn)!;
            var label = parse.GetValue(labelColumn)!;
            var trainRows = LabeledCsv.Load(parse.GetValue(data)!.FullName, text, label);
            var validRows = parse.GetValue(valid) is { } v ? LabeledCsv.Load(v.FullName, text, label) : null;
            var outFile = parse.GetValue(output)!;

            var watch = Stopwatch.StartNew();
            LinearModel? model = null;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var bar = ctx.AddTask($"training {taskName}", maxValue: options.Epochs);
                    var reporter = new Progress<TrainingProgress>(p =>
                    {
                        bar.MaxValue = p.Epochs;
                        bar.Value = p.Epoch;
                        bar.Description = double.IsNaN(p.ValidationAccuracy)
                            ? $"{p.Stage} {taskName}"
                            : string.Create(CultureInfo.InvariantCulture, $"{p.Stage} {taskName} (valid acc {p.ValidationAccuracy:F3})");
                    });
                    model = ModelTrainer.Train(taskName, trainRows, validRows, options, reporter, cancellationToken);
                    bar.Value = bar.MaxValue;
                });
            var elapsed = watch.Elapsed;
            ModelFile.Save(model!, outFile.FullName, parse.GetValue(quantize));
            var size = new FileInfo(outFile.FullName).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trained {model!.Version}: {trainRows.Count} rows, {model.Labels.Count} labels, {model.FeatureCount} weighted buckets, temperature {model.Header.Temperature:F2}, {elapsed.TotalSeconds:F2} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outFile.FullName} ({size / 1024.0:F0} KiB)"));
            return 0;
        }));
        return command;
    }

    private static (int Min, int Max) ParseRange(string value, string option)
    {
        var parts = value.Split('-', 2);
        if (parts.Length == 1 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var single))
        {
            return (single, single);
        }

        if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var min) &&
            int.TryParse(parts[1], CultureInfo.InvariantCulture, out var max))
        {
            return (min, max);
        }

        throw new ArgumentException($"{option} expects a range such as 1-3 (was '{value}').");
    }
}
