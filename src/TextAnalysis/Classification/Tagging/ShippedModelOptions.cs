using AfterSalesBot.TextAnalysis.Classification.Training;

namespace AfterSalesBot.TextAnalysis.Classification.Tagging;

/// <summary>Where the default models come from and where they are cached.</summary>
public sealed record ShippedModelOptions
{
    /// <summary>The team's seed corpus: every <c>*.csv</c> here (header <c>text,category,categories,sentiment,emotion</c>). Copied next to the binaries at build.</summary>
    public string CorpusDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "corpus", "seed");

    /// <summary>Cache of trained models, one file per task and fingerprint (relative paths resolve against the working directory).</summary>
    public string ModelsDirectory { get; init; } = Path.Combine("data", "models");

    /// <summary>Training settings; part of each model's fingerprint, so changing them retrains.</summary>
    public TrainingOptions Training { get; init; } = new();

    /// <summary>How the tagger turns probabilities into tags.</summary>
    public TaggerOptions Tagger { get; init; } = new();
}
