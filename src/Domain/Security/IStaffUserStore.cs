namespace AfterSalesBot.Domain.Security;

/// <summary>Staff users. Passwords arrive already hashed; the store never sees a plain password.</summary>
public interface IStaffUserStore
{
    /// <summary>Adds a user; false when the name is taken.</summary>
    Task<bool> AddAsync(StaffUser user, string passwordHash, CancellationToken cancellationToken);

    /// <summary>The user and hash by sign-in name (disabled users included, so the caller can say why).</summary>
    Task<StaffCredentials?> FindByNameAsync(string name, CancellationToken cancellationToken);

    Task<StaffUser?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the hash (a new password, or a re-hash with stronger parameters).</summary>
    Task<bool> SetPasswordAsync(Guid id, string passwordHash, bool mustChange, DateTimeOffset changedAt, CancellationToken cancellationToken);

    Task<bool> SetDisabledAsync(string name, bool disabled, CancellationToken cancellationToken);
}
