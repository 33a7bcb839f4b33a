using System.Data.Common;
using AfterSalesBot.Domain.Security;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>API keys: name, role and the SHA-256 of the key; revoked keys stay listed with their revocation time.</summary>
public sealed class SqlApiKeyStore(SqlDialect dialect) : IApiKeyStore
{
    public async Task<bool> AddAsync(string name, string role, string keyHash, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO api_keys (name, role, key_hash, created_at) VALUES (@name, @role, @keyHash, @createdAt)",
                new { name, role, keyHash, createdAt = dialect.Timestamp(createdAt) },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return true;
        }
        catch (DbException ex) when (dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    public async Task<ApiKeyInfo?> FindActiveAsync(string keyHash, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("key_hash = @keyHash AND revoked_at IS NULL", new { keyHash }, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken) => QueryAsync("1 = 1", new { }, cancellationToken);

    public async Task<bool> RevokeAsync(string name, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = @revokedAt WHERE name = @name AND revoked_at IS NULL",
            new { name, revokedAt = dialect.Timestamp(revokedAt) },
            cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    private async Task<IReadOnlyList<ApiKeyInfo>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT name, role, created_at, revoked_at FROM api_keys WHERE {where} ORDER BY name", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var keys = new List<ApiKeyInfo>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(new ApiKeyInfo(reader.GetString("name"), reader.GetString("role"), reader.GetTimestamp("created_at"), reader.GetNullableTimestamp("revoked_at")));
        }

        return keys;
    }
}
