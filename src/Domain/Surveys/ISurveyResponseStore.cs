namespace AfterSalesBot.Domain.Surveys;

/// <summary>Survey responses and their answers, persisted the moment they are given.</summary>
public interface ISurveyResponseStore
{
    /// <summary>Starts a response (idempotent on <see cref="SurveyResponseStart.Id"/>).</summary>
    Task StartResponseAsync(SurveyResponseStart start, CancellationToken cancellationToken);

    /// <summary>
    /// Records an answer. A response holds at most one answer per question: recording the same question
    /// again replaces the value (a changed answer), and recording an identical answer twice leaves one row.
    /// Returns the answer's id.
    /// </summary>
    Task<long> RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken);

    /// <summary>Sets the final status (Completed, Abandoned, Cancelled) and the finish time.</summary>
    Task FinishResponseAsync(Guid responseId, ResponseStatus status, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    Task<SurveyResponse?> GetResponseAsync(Guid responseId, CancellationToken cancellationToken);

    /// <summary>Responses matching the query, oldest first, with their answers.</summary>
    Task<IReadOnlyList<SurveyResponse>> ListResponsesAsync(ResponseQuery query, CancellationToken cancellationToken);

    /// <summary>Marks in-progress responses with no activity since <paramref name="inactiveSince"/> as Abandoned; returns how many.</summary>
    Task<int> AbandonInactiveResponsesAsync(DateTimeOffset inactiveSince, DateTimeOffset now, CancellationToken cancellationToken);
}
