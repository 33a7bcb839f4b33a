using System.CommandLine;
using System.Globalization;
using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Tagging;
using Spectre.Console;

namespace AfterSalesBot.Cli.Commands;

/// <summary><c>aftersales tag</c>: tags one text, or every row of a CSV, with the shipped models (or one given model).</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The comment to tag.", Arity = ArgumentArity.ZeroOrOne };
        var modelOption = new Option<FileInfo?>("--model") { Description = "Use this model only (its task's columns) instead of the shipped tagger." };
        var input = new Option<FileInfo?>("--in") { Description = "CSV to tag (every row; columns are kept byte-exact)." };
        var output = new Option<FileInfo?>("--out") { Description = "CSV to write: the input columns plus the tags." };
        var textColumn = new Option<string>("--text-column") { Description = "Column holding the text in --in.", DefaultValueFactory = _ => "text" };
        var ratingColumn = new Option<string?>("--rating-column") { Description = "Column holding the 1-5 rating beside each comment, if any." };
        var rating = new Option<int?>("--rating") { Description = "The 1-5 rating given beside the single text." };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "Seed corpus folder the shipped models are trained from (default: next to the program)." };
        var modelsDir = new Option<DirectoryInfo?>("--models-dir") { Description = "Cache folder for the shipped models (default data/models)." };
        var command = new Command("tag", "Tag comments with problem category, sentiment and emotion.")
        {
            text, modelOption, input, output, textColumn, ratingColumn, rating, corpus, modelsDir,
        };
        command.SetAction((parse, cancellationToken) => TextAnalysisErrors.Run(() =>
        {
            var single = parse.GetValue(text);
            var inFile = parse.GetValue(input);
            var outFile = parse.GetValue(output);
            if ((single is null) == (inFile is null) || (inFile is null) != (outFile is null))
            {
                Console.Error.WriteLine("Give either a text to tag, or both --in FILE.csv and --out FILE.csv.");
                return 2;
            }

            var defaults = new ShippedModelOptions();
            var shipped = defaults with
            {
                CorpusDirectory = parse.GetValue(corpus)?.FullName ?? defaults.CorpusDirectory,
                ModelsDirectory = parse.GetValue(modelsDir)?.FullName ?? defaults.ModelsDirectory,
            };
            var tagger = parse.GetValue(modelOption) is { } m
                ? new RowTagger(ModelFile.Load(m.FullName))
                : new RowTagger(ShippedModels.LoadOrTrain(shipped, new Progress<string>(Console.Error.WriteLine), cancellationToken));

            if (single is not null)
            {
                var values = tagger.Tag(single, parse.GetValue(rating));
                for (var i = 0; i < values.Count; i++)
                {
                    Console.WriteLine($"{tagger.Columns[i]}: {values[i]}");
                }

                return 0;
            }

            TagFile(tagger, inFile!.FullName, outFile!.FullName, parse.GetValue(textColumn)!, parse.GetValue(ratingColumn), cancellationToken);
            return 0;
        }));
        return command;
    }

    private static void TagFile(RowTagger tagger, string inPath, string outPath, string textColumn, string? ratingColumn, CancellationToken cancellationToken)
    {
        // Count rows first so the progress bar has an end; the file is read twice rather than held in memory.
        var total = 0;
        using (var counter = CsvReader.Open(inPath))
        {
            while (counter.ReadRow() is not null)
            {
                total++;
            }
        }

        using var reader = CsvReader.Open(inPath);
        var header = reader.ReadRow() ?? throw new InvalidDataException($"{inPath}: the file is empty.");
        var textIndex = ColumnIndex(header, textColumn) ?? throw new InvalidDataException($"{inPath}: no column named '{textColumn}'.");
        int? ratingIndex = ratingColumn is null ? null : ColumnIndex(header, ratingColumn) ?? throw new InvalidDataException($"{inPath}: no column named '{ratingColumn}'.");
        var added = tagger.Columns.Select(c => ColumnIndex(header, c) is null ? c : "predicted_" + c).ToArray();
        using var writer = CsvWriter.Create(outPath);
        writer.WriteRow(header.Concat(added));
        var count = 0;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var bar = ctx.AddTask("tagging", maxValue: Math.Max(1, total - 1));
                while (reader.ReadRow() is { } row)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var rowText = textIndex < row.Count ? row[textIndex] : "";
                    int? rowRating = ratingIndex is { } ri && ri < row.Count &&
                        double.TryParse(row[ri], NumberStyles.Float, CultureInfo.InvariantCulture, out var r) ? (int)Math.Round(r) : null;
                    writer.WriteRow(row.Concat(tagger.Tag(rowText, rowRating)));
                    bar.Value = ++count;
                }
            });
        Console.WriteLine($"tagged {count} rows -> {outPath}");
    }

    private static int? ColumnIndex(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }
}
