namespace AfterSalesBot.Domain.Security;

/// <summary>API keys by name and role; the store only ever sees hashes.</summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key; false when the name is taken.</summary>
    Task<bool> AddAsync(string name, string role, string keyHash, DateTimeOffset createdAt, CancellationToken cancellationToken);

    /// <summary>The active (not revoked) key with this hash, if any.</summary>
    Task<ApiKeyInfo?> FindActiveAsync(string keyHash, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Revokes the named key; false when there is no active key of that name.</summary>
    Task<bool> RevokeAsync(string name, DateTimeOffset revokedAt, CancellationToken cancellationToken);
}
