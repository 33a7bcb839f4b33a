using System.CommandLine;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Domain.Security;
using AfterSalesBot.Storage.Security;
using AfterSalesBot.Storage.Stores;

namespace AfterSalesBot.Cli.Commands;

/// <summary>`aftersales user add|list|disable|enable`: people who sign in to the agent console and the analyst pages.</summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var command = new Command("user", "Manage staff users (agents, supervisors, analysts, admins) who sign in to the staff pages.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(SetDisabled("disable", disabled: true, "Block a user's sign-in (signed-in sessions end within a minute)."));
        command.Subcommands.Add(SetDisabled("enable", disabled: false, "Allow a disabled user to sign in again."));
        return command;
    }

    private static Command Add()
    {
        var database = new DatabaseOptions();
        var name = new Option<string>("--name") { Description = "The sign-in name (unique), e.g. li.na.", Required = true };
        var role = new Option<string>("--role") { Description = $"The role: {string.Join(", ", Roles.All)}.", Required = true };
        var staffId = new Option<string?>("--staff-id") { Description = "The employee number used on tickets and in reports, e.g. S1024." };
        var displayName = new Option<string?>("--display-name") { Description = "The name customers and colleagues see (default: the sign-in name)." };
        var command = new Command("add", "Create a user; prints a one-time password on the last line, to be replaced at the first sign-in.");
        database.AddTo(command);
        command.Options.Add(name);
        command.Options.Add(role);
        command.Options.Add(staffId);
        command.Options.Add(displayName);
        command.SetAction((parseResult, cancellationToken) => WithAccountsAsync(database, parseResult, async (accounts, _) =>
        {
            var userName = parseResult.GetValue(name)!.Trim();
            var userRole = parseResult.GetValue(role)!.Trim().ToLowerInvariant();
            if (userName.Length is 0 or > 100 || userName.Any(char.IsWhiteSpace))
            {
                await Console.Error.WriteLineAsync("--name must be 1 to 100 characters without spaces.").ConfigureAwait(false);
                return 2;
            }

            if (!Roles.IsKnown(userRole))
            {
                await Console.Error.WriteLineAsync($"--role must be one of: {string.Join(", ", Roles.All)} (got '{userRole}').").ConfigureAwait(false);
                return 2;
            }

            var password = await accounts.CreateAsync(userName, userRole, parseResult.GetValue(staffId), parseResult.GetValue(displayName), cancellationToken).ConfigureAwait(false);
            if (password is null)
            {
                await Console.Error.WriteLineAsync($"A user named '{userName}' already exists.").ConfigureAwait(false);
                return 1;
            }

            Console.WriteLine($"Created {userRole} '{userName}'. Sign in at /account/signin with this one-time password; a new one must be chosen at the first sign-in:");
            Console.WriteLine(password);
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var database = new DatabaseOptions();
        var command = new Command("list", "List users: name, role, staff id, state.");
        database.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => WithAccountsAsync(database, parseResult, async (_, users) =>
        {
            foreach (var user in await users.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                var state = user.Disabled ? "disabled" : user.MustChangePassword ? "one-time password not yet changed" : "active";
                Console.WriteLine($"{user.Name}\t{user.Role}\t{user.StaffId ?? "-"}\t{user.DisplayName ?? "-"}\tcreated {user.CreatedAt:u}\t{state}");
            }

            return 0;
        }));
        return command;
    }

    private static Command SetDisabled(string verb, bool disabled, string description)
    {
        var database = new DatabaseOptions();
        var name = new Option<string>("--name") { Description = "The user.", Required = true };
        var command = new Command(verb, description);
        database.AddTo(command);
        command.Options.Add(name);
        command.SetAction((parseResult, cancellationToken) => WithAccountsAsync(database, parseResult, async (_, users) =>
        {
            var userName = parseResult.GetValue(name)!.Trim();
            if (!await users.SetDisabledAsync(userName, disabled, cancellationToken).ConfigureAwait(false))
            {
                await Console.Error.WriteLineAsync($"No user named '{userName}'.").ConfigureAwait(false);
                return 1;
            }

            Console.WriteLine($"{(disabled ? "Disabled" : "Enabled")} '{userName}'.");
            return 0;
        }));
        return command;
    }

    private static async Task<int> WithAccountsAsync(DatabaseOptions database, ParseResult parseResult, Func<StaffAccounts, IStaffUserStore, Task<int>> action)
    {
        return await database.RunMigratedAsync(
            parseResult,
            "",
            dialect =>
            {
                var users = new SqlStaffUserStore(dialect);
                return action(new StaffAccounts(users, TimeProvider.System), users);
            },
            CancellationToken.None).ConfigureAwait(false);
    }
}
