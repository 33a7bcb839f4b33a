namespace AfterSalesBot.Storage.Demo;

/// <summary>A generated survey response to the default questionnaire (never a real customer; stored with synthetic = true).</summary>
public sealed record SyntheticResponse(
    Guid Id,
    string SurveyId,
    DateTimeOffset StartedAt,
    string Channel,
    string Locale,
    short Status,
    string CustomerType,
    string Product,
    string StaffId,
    string Team,
    string ServiceStage,
    IReadOnlyList<(string QuestionId, int Value)> Ratings,
    SyntheticComment? Comment);

/// <summary>A generated comment with the tags a tagger would give it.</summary>
public sealed record SyntheticComment(string QuestionId, string Text, string Category, string Sentiment, string Emotion, double Confidence);
