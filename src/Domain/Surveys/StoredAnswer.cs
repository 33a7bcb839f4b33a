namespace AfterSalesBot.Domain.Surveys;

/// <summary>An answer as stored, with its id (the key comments and tags hang off).</summary>
public sealed record StoredAnswer(
    long Id,
    Guid ResponseId,
    string QuestionId,
    AnswerValue Value,
    string? RawText,
    DateTimeOffset AnsweredAt);
