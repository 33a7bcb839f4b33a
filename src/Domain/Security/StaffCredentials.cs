namespace AfterSalesBot.Domain.Security;

/// <summary>A staff user with the stored password hash, for the sign-in check only.</summary>
public sealed record StaffCredentials(StaffUser User, string PasswordHash);
