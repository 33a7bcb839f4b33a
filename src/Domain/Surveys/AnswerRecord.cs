namespace AfterSalesBot.Domain.Surveys;

/// <summary>One answer to one question of a response, as given. <paramref name="RawText"/> is what the customer typed, verbatim.</summary>
public sealed record AnswerRecord(
    Guid ResponseId,
    string QuestionId,
    AnswerValue Value,
    string? RawText,
    DateTimeOffset AnsweredAt);
