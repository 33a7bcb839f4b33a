using System.Text.Json.Serialization;

namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>
/// A survey as data (a JSON file under <c>surveys/</c>). Responses record <see cref="Id"/> and <see cref="Version"/>,
/// so editing a survey means raising its version.
/// </summary>
public sealed class SurveyDefinition
{
    /// <summary>The file format version; <see cref="SurveyDefinitionReader.CurrentSchemaVersion"/> is the only one read today.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>Stable id (lower case, digits, '-'), used by the export's <c>--survey</c> option and in the database.</summary>
    public required string Id { get; init; }

    /// <summary>Raised whenever questions change, so stored answers stay tied to the questions they answered.</summary>
    public required int Version { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>Languages every prompt and label must be given in, e.g. zh-CN and en-US; the first is the fallback.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The one line said before the first question.</summary>
    public required LocalizedText Greeting { get; init; }

    /// <summary>Said when the last question is answered.</summary>
    public required LocalizedText Completion { get; init; }

    public required IReadOnlyList<Question> Questions { get; init; }

    /// <summary>Where the definition was read from (set by the reader, not part of the file).</summary>
    [JsonIgnore]
    public string Source { get; set; } = "(memory)";

    /// <summary>The question with <paramref name="questionId"/>, or null.</summary>
    public Question? FindQuestion(string questionId)
    {
        foreach (var question in Questions)
        {
            if (string.Equals(question.Id, questionId, StringComparison.Ordinal))
            {
                return question;
            }
        }

        return null;
    }

    /// <summary>The position of <paramref name="questionId"/> in <see cref="Questions"/>, or -1.</summary>
    public int IndexOf(string questionId)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            if (string.Equals(Questions[i].Id, questionId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
