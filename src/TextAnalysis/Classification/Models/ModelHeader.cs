using AfterSalesBot.TextAnalysis.Classification.Features;

namespace AfterSalesBot.TextAnalysis.Classification.Models;

/// <summary>
/// What a model file says about itself: the task it was trained for, its labels, how it featurises text,
/// a fingerprint of the training data and settings, and the softmax temperature fitted on validation data.
/// </summary>
public sealed record ModelHeader(
    string Task,
    IReadOnlyList<string> Labels,
    FeatureSettings Features,
    string Fingerprint,
    float Temperature)
{
    /// <summary>"task-" + the first 12 hex digits of the fingerprint.</summary>
    public string Version => $"{Task}-{Fingerprint[..Math.Min(12, Fingerprint.Length)]}";
}
