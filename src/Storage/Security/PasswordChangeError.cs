namespace AfterSalesBot.Storage.Security;

/// <summary>Why a new password was refused.</summary>
public enum PasswordChangeError
{
    /// <summary>Shorter than <see cref="StaffAccounts.MinimumPasswordLength"/>.</summary>
    TooShort,

    /// <summary>Over 512 characters.</summary>
    TooLong,

    /// <summary>The user no longer exists or was disabled.</summary>
    UnknownUser,
}
