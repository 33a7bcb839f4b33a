using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Evaluation;
using AfterSalesBot.TextAnalysis.Classification.Models;
using Spectre.Console;

namespace AfterSalesBot.Cli.Commands;

/// <summary><c>aftersales eval</c>: scores a model on a labelled CSV. The last output line is machine-readable.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var modelOption = new Option<FileInfo>("--model") { Description = "Model file written by `aftersales train`.", Required = true };
        var data = new Option<FileInfo>("--data") { Description = "Labelled CSV to evaluate on.", Required = true };
        var textColumn = new Option<string>("--text-column") { Description = "Column holding the text.", DefaultValueFactory = _ => "text" };
        var labelColumn = new Option<string>("--label-column") { Description = "Column holding the gold label (the main one when '|' separates several).", DefaultValueFactory = _ => "label" };
        var command = new Command("eval", "Evaluate a model: accuracy, macro-F1, per-class precision/recall/F1, confusion matrix.")
        {
            modelOption, data, textColumn, labelColumn,
        };
        command.SetAction((parse, cancellationToken) => TextAnalysisErrors.Run(() =>
        {
            var model = ModelFile.Load(parse.GetValue(modelOption)!.FullName);
            var rows = LabeledCsv.Load(parse.GetValue(data)!.FullName, parse.GetValue(textColumn)!, parse.GetValue(labelColumn)!);
            var gold = new string[rows.Count];
            var predicted = new string[rows.Count];
            var probabilities = new float[model.Labels.Count];
            var watch = new Stopwatch();
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var bar = ctx.AddTask("predicting", maxValue: rows.Count);
                    for (var i = 0; i < rows.Count; i++)
                    {
                        if ((i & 1023) == 0)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            bar.Value = i;
                        }

                        watch.Start();
                        var best = model.Predict(rows[i].Text, probabilities);
                        watch.Stop();
                        gold[i] = rows[i].Label;
                        predicted[i] = model.Labels[best];
                    }

                    bar.Value = rows.Count;
                });
            var report = ClassificationReport.Create(gold, predicted);
            Console.WriteLine($"model {model.Version} on {parse.GetValue(data)!.Name}");
            Console.Write(report.Render());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\nprediction: {rows.Count} rows in {watch.Elapsed.TotalMilliseconds:F1} ms ({rows.Count / Math.Max(watch.Elapsed.TotalSeconds, 1e-9):F0} rows/s, one thread)"));
            Console.WriteLine(report.SummaryLine());
            return 0;
        }));
        return command;
    }
}
