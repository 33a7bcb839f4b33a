using System.CommandLine;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Cli.Import;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.Cli.Commands;

/// <summary><c>aftersales import comments FILE.csv</c>: feedback from other sources, tagged like survey comments, stored with its source.</summary>
internal static class ImportCommentsCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var file = new Argument<FileInfo>("FILE") { Description = "CSV with a header: text, source, date (yyyy-MM-dd), product[, rating 1–5]." };
        var survey = new Option<string>("--survey") { Description = "Survey id the feedback is filed under.", DefaultValueFactory = _ => "imported-feedback" };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "Seed corpus of the shipped models (default: next to the binaries)." };
        var modelsDir = new Option<DirectoryInfo?>("--models-dir") { Description = "Cache of the shipped models (default data/models)." };
        var command = new Command("comments", "Import feedback (e-commerce reviews, ticket notes, call-centre notes): tagged by the models in use, reported with its source.")
        {
            file, survey, corpus, modelsDir,
        };
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => TextAnalysisErrors.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!.FullName;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: no such file.");
            }

            var (rows, errors) = FeedbackCsv.Read(path);
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync($"{Path.GetFileName(path)}: {error}").ConfigureAwait(false);
            }

            return await database.RunAsync(parse, "cannot import comments: ", async dialect =>
            {
                var defaults = new ShippedModelOptions();
                var options = defaults with
                {
                    CorpusDirectory = parse.GetValue(corpus)?.FullName ?? defaults.CorpusDirectory,
                    ModelsDirectory = parse.GetValue(modelsDir)?.FullName ?? defaults.ModelsDirectory,
                };
                var tagger = await DatabaseTagger.LoadAsync(new SqlClassifierModelStore(dialect), options, cancellationToken).ConfigureAwait(false);
                var store = new SqlFeedbackImportStore(dialect);
                int imported = 0, repeated = 0;
                var now = TimeProvider.System.GetUtcNow();
                foreach (var (_, row) in rows)
                {
                    var t = tagger.Tag(row.Text, row.Rating);
                    var tags = new CommentTags(t.Category, t.CategoryIds, t.CategoryProbability, t.Sentiment, t.SentimentScore, t.Emotion, t.EmotionProbability, t.ModelVersion);
                    if (await store.ImportAsync(parse.GetValue(survey)!, row, tags, now, cancellationToken).ConfigureAwait(false))
                    {
                        imported++;
                    }
                    else
                    {
                        repeated++;
                    }
                }

                Console.WriteLine($"imported {imported} comments ({repeated} already imported, {errors.Count} bad rows skipped) from {Path.GetFileName(path)}");
                return errors.Count > 0 ? 1 : 0;
            }).ConfigureAwait(false);
        }));
        return command;
    }
}
