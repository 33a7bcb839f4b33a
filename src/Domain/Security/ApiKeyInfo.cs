namespace AfterSalesBot.Domain.Security;

/// <summary>A stored API key, without the key (only its hash is kept).</summary>
public sealed record ApiKeyInfo(string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;
}
