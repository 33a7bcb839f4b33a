using System.Text.Json;
using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.Domain.Comments;

namespace AfterSalesBot.Dialogs.Tests.Surveys.Support;

/// <summary>Classifier output recorded per comment text (Surveys/Recorded/comment-tags.json, Complaints/Recorded/complaint-tags.json), so dialog tests never run a live model.</summary>
public sealed class RecordedCommentTagger : ICommentTagger
{
    private static readonly Dictionary<string, CommentTags> Recorded = new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Surveys", "Recorded", "comment-tags.json"),
            Path.Combine(AppContext.BaseDirectory, "Complaints", "Recorded", "complaint-tags.json"),
        }
        .SelectMany(file => JsonSerializer.Deserialize<Dictionary<string, CommentTags>>(File.ReadAllText(file), new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
        .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public List<string> Seen { get; } = [];

    /// <summary>The rating prior handed over with each comment, keyed by the comment text.</summary>
    public Dictionary<string, int?> RatingsSeen { get; } = new(StringComparer.Ordinal);

    public CommentTags? Tag(string text, string locale, int? rating)
    {
        lock (Seen)
        {
            Seen.Add(text);
            RatingsSeen[text] = rating;
        }

        return Recorded.GetValueOrDefault(text);
    }
}
