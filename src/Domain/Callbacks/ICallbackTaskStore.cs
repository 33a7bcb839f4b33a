namespace AfterSalesBot.Domain.Callbacks;

/// <summary>Call-back tasks, durable and shared by every service instance.</summary>
public interface ICallbackTaskStore
{
    /// <summary>Creates the task, or returns the existing one with the same <see cref="NewCallbackTask.DedupeKey"/> (never two).</summary>
    Task<CallbackTask> CreateAsync(NewCallbackTask task, DateTimeOffset now, CancellationToken cancellationToken);

    Task<CallbackTask?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<CallbackTask>> ListAsync(CallbackQuery query, CancellationToken cancellationToken);

    /// <summary>Gives an open task to a person; false when it is unknown or closed.</summary>
    Task<bool> AssignAsync(Guid id, string assignee, CancellationToken cancellationToken);

    /// <summary>Records how it went and closes the task; false when unknown or already closed (the first outcome stands).</summary>
    /// <param name="status">A closed status from <see cref="CallbackStatuses.Closed"/>.</param>
    Task<bool> CloseAsync(Guid id, string status, string outcome, string? note, string by, DateTimeOffset at, CancellationToken cancellationToken);
}
