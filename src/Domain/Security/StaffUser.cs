namespace AfterSalesBot.Domain.Security;

/// <summary>A person who signs in to the staff pages (agent console, tickets, analyst pages). No password here: only the store sees the hash.</summary>
/// <param name="Name">The sign-in name, unique.</param>
/// <param name="Role">One of <see cref="Roles"/>.</param>
/// <param name="StaffId">The employee number used on tickets and in reports (e.g. "S1024"), when known.</param>
/// <param name="DisplayName">What customers and colleagues see ("Li Na"); the name is used when null.</param>
/// <param name="MustChangePassword">True while the one-time password from <c>aftersales user add</c> is still in use.</param>
public sealed record StaffUser(
    Guid Id,
    string Name,
    string Role,
    string? StaffId,
    string? DisplayName,
    bool MustChangePassword,
    bool Disabled,
    DateTimeOffset CreatedAt);
