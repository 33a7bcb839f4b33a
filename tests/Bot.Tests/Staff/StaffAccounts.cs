using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Staff;

/// <summary>Creates staff users in a test host's database the way `aftersales user add` does.</summary>
public static class StaffAccounts
{
    /// <summary>Adds <paramref name="name"/> with <paramref name="role"/> and returns the one-time password.</summary>
    public static async Task<string> CreateAsync(IServiceProvider services, string name, string role, string? staffId = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var accounts = services.GetRequiredService<Storage.Security.StaffAccounts>();
        return await accounts.CreateAsync(name, role, staffId, displayName: null, CancellationToken.None)
            ?? throw new InvalidOperationException($"A user named {name} already exists.");
    }

    /// <summary>Adds a user and replaces the one-time password with <paramref name="password"/>, as after a first sign-in.</summary>
    public static async Task CreateWithPasswordAsync(IServiceProvider services, string name, string role, string password, string? staffId = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        await CreateAsync(services, name, role, staffId);
        var users = services.GetRequiredService<Domain.Security.IStaffUserStore>();
        var found = await users.FindByNameAsync(name, CancellationToken.None) ?? throw new InvalidOperationException($"{name} was not stored.");
        var error = await services.GetRequiredService<Storage.Security.StaffAccounts>().ChangePasswordAsync(found.User.Id, password, CancellationToken.None);
        if (error is not null)
        {
            throw new InvalidOperationException($"Could not set the password of {name}: {error}");
        }
    }
}
