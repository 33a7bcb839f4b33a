namespace AfterSalesBot.Domain.Retention;

/// <summary>Churn-risk flags: open flags keep a customer out of routine invitations in favour of a personal call-back.</summary>
public interface IChurnFlagStore
{
    /// <summary>Flags the customer, or replaces the reasons of an open flag; a cleared flag is reopened.</summary>
    Task FlagAsync(string customerId, IReadOnlyList<string> reasons, DateTimeOffset at, CancellationToken cancellationToken);

    Task<bool> IsFlaggedAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>Open flags, newest first.</summary>
    Task<IReadOnlyList<ChurnFlag>> ListOpenAsync(int limit, CancellationToken cancellationToken);

    /// <summary>False when there is no open flag.</summary>
    Task<bool> ClearAsync(string customerId, string by, DateTimeOffset at, CancellationToken cancellationToken);
}
