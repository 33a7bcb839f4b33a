using System.Data.Common;
using AfterSalesBot.Domain.Security;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Staff users in <c>staff_users</c>; only password hashes are stored.</summary>
public sealed class SqlStaffUserStore(SqlDialect dialect) : IStaffUserStore
{
    private const string Columns = "id, name, role, staff_id, display_name, password_hash, must_change_password, disabled, created_at";

    public async Task<bool> AddAsync(StaffUser user, string passwordHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO staff_users (id, name, role, staff_id, display_name, password_hash, must_change_password, disabled, created_at)
                VALUES (@Id, @Name, @Role, @StaffId, @DisplayName, @passwordHash, @MustChangePassword, @Disabled, @createdAt)
                """,
                new { user.Id, user.Name, user.Role, user.StaffId, user.DisplayName, passwordHash, user.MustChangePassword, user.Disabled, createdAt = dialect.Timestamp(user.CreatedAt) },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return true;
        }
        catch (DbException ex) when (dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    public async Task<StaffCredentials?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("name = @name", new { name }, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<StaffUser?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("id = @id", new { id }, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0].User;
    }

    public async Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync("1 = 1", new { }, cancellationToken).ConfigureAwait(false)).Select(c => c.User)];

    public async Task<bool> SetPasswordAsync(Guid id, string passwordHash, bool mustChange, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE staff_users SET password_hash = @passwordHash, must_change_password = @mustChange, password_changed_at = @changedAt WHERE id = @id",
            new { id, passwordHash, mustChange, changedAt = dialect.Timestamp(changedAt) },
            cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task<bool> SetDisabledAsync(string name, bool disabled, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE staff_users SET disabled = @disabled WHERE name = @name",
            new { name, disabled },
            cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    private async Task<IReadOnlyList<StaffCredentials>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns} FROM staff_users WHERE {where} ORDER BY name", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var users = new List<StaffCredentials>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var user = new StaffUser(
                reader.GetGuid("id"),
                reader.GetString("name"),
                reader.GetString("role"),
                reader.GetNullableString("staff_id"),
                reader.GetNullableString("display_name"),
                reader.GetBoolean(reader.GetOrdinal("must_change_password")),
                reader.GetBoolean(reader.GetOrdinal("disabled")),
                reader.GetTimestamp("created_at"));
            users.Add(new StaffCredentials(user, reader.GetString("password_hash")));
        }

        return users;
    }
}
