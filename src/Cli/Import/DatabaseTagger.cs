using AfterSalesBot.Storage.Stores;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.Cli.Import;

/// <summary>The tagger the service uses: the shipped models, with each task's promoted model from the database in place.</summary>
internal static class DatabaseTagger
{
    public static async Task<CommentTagger> LoadAsync(SqlClassifierModelStore store, ShippedModelOptions options, CancellationToken cancellationToken)
    {
        var shipped = ShippedModels.LoadOrTrain(options, new Progress<string>(Console.Error.WriteLine), cancellationToken);
        var promoted = await store.PromotedAsync(cancellationToken).ConfigureAwait(false);
        LinearModel Pick(string task, LinearModel fallback) =>
            promoted.FirstOrDefault(p => p.Info.Task == task) is { Model: { } bytes } p ? ModelFile.Deserialize(bytes, $"promoted {task} model {p.Info.Version}") : fallback;
        return new CommentTagger(Pick("category", shipped.CategoryModel), Pick("sentiment", shipped.SentimentModel), Pick("emotion", shipped.EmotionModel), options.Tagger);
    }
}
