using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>
/// Reads a survey definition in two stages: shape (JSON with a <c>type</c> discriminator per question and no
/// unknown properties), then meaning (<see cref="SurveyValidator"/>). Every issue names the file and the question.
/// </summary>
public static partial class SurveyDefinitionReader
{
    /// <summary>The only <c>schemaVersion</c> this build reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Options for survey files: camelCase, comments allowed, unknown properties rejected.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowOutOfOrderMetadataProperties = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        WriteIndented = true,
    };

    /// <summary>Reads and validates the file at <paramref name="path"/>.</summary>
    public static async Task<SurveyReadResult> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return Failed(path, null, $"cannot read the file: {e.Message}");
        }

        return Read(json, path);
    }

    /// <summary>Reads and validates <paramref name="json"/>; <paramref name="source"/> names it in messages.</summary>
    public static SurveyReadResult Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        SurveyDefinition? survey;
        try
        {
            survey = JsonSerializer.Deserialize<SurveyDefinition>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            return Failed(source, QuestionAt(json, e.Path), Describe(e));
        }
        catch (NotSupportedException)
        {
            // A question without "type" reaches the abstract base type; name the first such question.
            return Failed(source, FirstUntypedQuestion(json), "a question needs a \"type\" (singleChoice, multipleChoice, rating, nps, ces, yesNo, shortText, openText, date, phoneTail)");
        }

        if (survey is null)
        {
            return Failed(source, null, "the file is empty (null)");
        }

        survey.Source = source;
        var issues = SurveyValidator.Validate(survey);
        return new SurveyReadResult(issues.Any(i => i.Severity == SurveyIssueSeverity.Error) ? null : survey, issues);
    }

    private static SurveyReadResult Failed(string source, string? questionId, string message) =>
        new(null, [new SurveyIssue(SurveyIssueSeverity.Error, source, questionId, message)]);

    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return e.Path is null ? $"invalid JSON: {message}" : $"at {e.Path}: {message}";
    }

    /// <summary>The id of the question a JSON path points into ("$.questions[3].foo" → that question's id), when it can be told.</summary>
    private static string? QuestionAt(string json, string? path)
    {
        if (path is null)
        {
            return null;
        }

        var match = QuestionIndex().Match(path);
        if (!match.Success || !int.TryParse(match.Groups[1].ValueSpan, out var index))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.TryGetProperty("questions", out var questions)
                && questions.ValueKind == JsonValueKind.Array && index < questions.GetArrayLength()
                && questions[index].ValueKind == JsonValueKind.Object
                && questions[index].TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }
        }
        catch (JsonException)
        {
            // The JSON itself is broken; the message already says where.
        }

        return $"#{index + 1}";
    }

    private static string? FirstUntypedQuestion(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("questions", out var questions) || questions.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var index = 0;
        foreach (var question in questions.EnumerateArray())
        {
            index++;
            if (question.ValueKind == JsonValueKind.Object && !question.TryGetProperty("type", out _))
            {
                return question.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : $"#{index}";
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\$\.questions\[(\d+)\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex QuestionIndex();
}
