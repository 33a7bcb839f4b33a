namespace AfterSalesBot.Domain.FollowUps;

/// <summary>What the follow-up sweep reads (answers, customer histories, responses) and its own bookkeeping (cursors, verification samples).</summary>
public interface IFollowUpStore
{
    Task<DateTimeOffset?> GetCursorAsync(string name, CancellationToken cancellationToken);

    Task SetCursorAsync(string name, DateTimeOffset position, CancellationToken cancellationToken);

    /// <summary>Answers recorded at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<FollowUpAnswer>> AnswersSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>Customers with a survey finished or a complaint opened at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<string>> CustomersActiveSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// The customer's completed surveys (mean of answers to <paramref name="ratingQuestionIds"/>, oldest first) and
    /// the number of complaints opened at or after <paramref name="complaintsSince"/>.
    /// </summary>
    Task<CustomerHistory> CustomerHistoryAsync(string customerId, IReadOnlySet<string> ratingQuestionIds, DateTimeOffset complaintsSince, CancellationToken cancellationToken);

    /// <summary>Ids of responses completed in [from, to).</summary>
    Task<IReadOnlyList<Guid>> CompletedResponsesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Records the month's verification sample; false (nothing written) when that month was drawn before.</summary>
    Task<bool> RecordSampleAsync(string month, int seed, int population, IReadOnlyList<Guid> responseIds, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The recorded sample of a month (empty when not drawn).</summary>
    Task<IReadOnlyList<Guid>> SampleAsync(string month, CancellationToken cancellationToken);
}
