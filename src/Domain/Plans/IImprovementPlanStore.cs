namespace AfterSalesBot.Domain.Plans;

/// <summary>Improvement plans, their notes, and the measurements they are judged by.</summary>
public interface IImprovementPlanStore
{
    Task CreateAsync(ImprovementPlan plan, CancellationToken cancellationToken);

    Task<ImprovementPlan?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>All plans, newest first, without notes.</summary>
    Task<IReadOnlyList<ImprovementPlan>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Sets the status (and, for done, when and when the re-survey is due); false when the plan is unknown.</summary>
    Task<bool> SetStatusAsync(Guid id, string status, DateTimeOffset at, DateTimeOffset? doneAt, DateTimeOffset? resurveyDueAt, CancellationToken cancellationToken);

    Task<bool> AddNoteAsync(Guid id, PlanNote note, CancellationToken cancellationToken);

    /// <summary>
    /// The metric over completed responses finished in [from, to) (of <paramref name="surveyId"/> when given, of
    /// <paramref name="customers"/> when given). Category shares use the analyst's label where there is one.
    /// </summary>
    Task<Measurement> MeasureAsync(string metricKind, string metricKey, string? surveyId, DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<string>? customers, CancellationToken cancellationToken);

    /// <summary>Customers (pseudonymous ids) with a completed response finished in [from, to).</summary>
    Task<IReadOnlyList<string>> GroupAsync(string? surveyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Schedules the re-survey: for each customer, an invitation due at <paramref name="dueAt"/> that goes where their
    /// latest service went (conversation or contact). Idempotent per plan and customer; returns how many exist.
    /// </summary>
    Task<int> ScheduleResurveyAsync(Guid planId, IReadOnlyCollection<string> customers, ResurveyDefaults defaults, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken);
}
