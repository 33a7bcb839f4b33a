using AfterSalesBot.Domain.Classifiers;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.Bot.Classifiers;

/// <summary>
/// The tagger new comments go through: the shipped models, with each task's promoted model (from the database) in
/// place of the shipped one. Swapped atomically when a promotion or rollback is noticed; a tag in flight finishes
/// with the tagger it started with.
/// </summary>
public sealed class ActiveTagger(CommentTagger shipped)
{
    private volatile State _state = new(shipped, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The tagger to use now.</summary>
    public CommentTagger Current => _state.Tagger;

    /// <summary>The promoted model version per task in use (tasks on the shipped model are absent).</summary>
    public IReadOnlyDictionary<string, string> PromotedVersions => _state.Versions;

    /// <summary>Uses <paramref name="promoted"/> models (one per task at most), the shipped model for the other tasks.</summary>
    public void Apply(IReadOnlyList<(ClassifierModelInfo Info, byte[] Model)> promoted)
    {
        ArgumentNullException.ThrowIfNull(promoted);
        LinearModel Pick(string task, LinearModel fallback)
        {
            var found = promoted.FirstOrDefault(p => p.Info.Task == task);
            return found.Model is null ? fallback : ModelFile.Deserialize(found.Model, $"promoted {task} model {found.Info.Version}");
        }

        var tagger = new CommentTagger(
            Pick("category", shipped.CategoryModel),
            Pick("sentiment", shipped.SentimentModel),
            Pick("emotion", shipped.EmotionModel));
        _state = new State(tagger, promoted.ToDictionary(p => p.Info.Task, p => p.Info.Version, StringComparer.Ordinal));
    }

    private sealed record State(CommentTagger Tagger, IReadOnlyDictionary<string, string> Versions);
}
