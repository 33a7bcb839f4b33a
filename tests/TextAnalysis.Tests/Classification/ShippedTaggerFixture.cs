using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.TextAnalysis.Tests.Classification;

/// <summary>Trains the shipped tagger once for the tests that need it, caching models in a temp folder.</summary>
public sealed class ShippedTaggerFixture : IDisposable
{
    public ShippedTaggerFixture()
    {
        Options = new ShippedModelOptions { ModelsDirectory = Path.Combine(Path.GetTempPath(), $"asb-models-{Guid.NewGuid():N}") };
        Tagger = ShippedModels.LoadOrTrain(Options);
    }

    public ShippedModelOptions Options { get; }

    public CommentTagger Tagger { get; }

    public void Dispose() => Directory.Delete(Options.ModelsDirectory, recursive: true);
}
