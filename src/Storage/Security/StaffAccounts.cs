using System.Security.Cryptography;
using AfterSalesBot.Domain.Security;
using Microsoft.AspNetCore.Identity;

namespace AfterSalesBot.Storage.Security;

/// <summary>
/// Creating staff users with a one-time password, checking a sign-in, and changing a password. Hashes come from
/// ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with a per-password salt; a hash made with
/// weaker parameters is upgraded at the next successful sign-in).
/// </summary>
public sealed class StaffAccounts(IStaffUserStore users, TimeProvider time)
{
    /// <summary>New passwords chosen by users must be at least this long.</summary>
    public const int MinimumPasswordLength = 10;

    private static readonly PasswordHasher<StaffUser> Hasher = new();

    // No look-alikes (0/O, 1/l/I): the one-time password is read off a terminal and typed.
    private const string OneTimeAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Adds a user who must choose a new password at the first sign-in; returns the one-time password, or null when the name is taken.</summary>
    /// <exception cref="ArgumentException">An empty name or an unknown role.</exception>
    public async Task<string?> CreateAsync(string name, string role, string? staffId, string? displayName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Roles.IsKnown(role))
        {
            throw new ArgumentException($"Unknown role '{role}' (use one of {string.Join(", ", Roles.All)}).", nameof(role));
        }

        var now = time.GetUtcNow();
        var user = new StaffUser(Guid.CreateVersion7(now), name.Trim(), role, Blank(staffId), Blank(displayName), MustChangePassword: true, Disabled: false, now);
        var password = RandomNumberGenerator.GetString(OneTimeAlphabet, 16);
        return await users.AddAsync(user, Hasher.HashPassword(user, password), cancellationToken).ConfigureAwait(false) ? password : null;
    }

    /// <summary>The user when <paramref name="password"/> is theirs and the account is enabled; otherwise null (the caller says only "wrong name or password").</summary>
    public async Task<StaffUser?> VerifyAsync(string name, string password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password) || password.Length > 512)
        {
            return null;
        }

        var found = await users.FindByNameAsync(name.Trim(), cancellationToken).ConfigureAwait(false);
        if (found is null || found.User.Disabled)
        {
            return null;
        }

        var result = Hasher.VerifyHashedPassword(found.User, found.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await users.SetPasswordAsync(found.User.Id, Hasher.HashPassword(found.User, password), found.User.MustChangePassword, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return result == PasswordVerificationResult.Failed ? null : found.User;
    }

    /// <summary>Sets a password the user chose; null on success, otherwise the reason in English (the page translates the known ones).</summary>
    public async Task<PasswordChangeError?> ChangePasswordAsync(Guid userId, string newPassword, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(newPassword) || newPassword.Length < MinimumPasswordLength)
        {
            return PasswordChangeError.TooShort;
        }

        if (newPassword.Length > 512)
        {
            return PasswordChangeError.TooLong;
        }

        var user = await users.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        if (user is null || user.Disabled)
        {
            return PasswordChangeError.UnknownUser;
        }

        await users.SetPasswordAsync(userId, Hasher.HashPassword(user, newPassword), mustChange: false, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
