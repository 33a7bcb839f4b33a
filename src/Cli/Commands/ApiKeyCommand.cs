using System.CommandLine;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Domain.Security;
using AfterSalesBot.Storage.Stores;

namespace AfterSalesBot.Cli.Commands;

/// <summary>`aftersales apikey add|list|revoke`: keys for the HTTP API. The key is printed once, on the last line of `add`.</summary>
internal static class ApiKeyCommand
{
    public static Command Create()
    {
        var command = new Command("apikey", "Manage API keys for the HTTP API (Authorization: Bearer KEY).");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Command Add()
    {
        var database = new DatabaseOptions();
        var name = new Option<string>("--name") { Description = "A unique name for the key (who or what uses it, e.g. crm-sync).", Required = true };
        var role = new Option<string>("--role") { Description = $"The key's role: {string.Join(", ", Roles.All)}.", Required = true };
        var command = new Command("add", "Create a key; prints it on the last line (it is stored only as a SHA-256 hash, so save it now).");
        database.AddTo(command);
        command.Options.Add(name);
        command.Options.Add(role);
        command.SetAction((parseResult, cancellationToken) => WithStoreAsync(database, parseResult, async keys =>
        {
            var keyName = parseResult.GetValue(name)!.Trim();
            var keyRole = parseResult.GetValue(role)!.Trim().ToLowerInvariant();
            if (keyName.Length is 0 or > 100)
            {
                await Console.Error.WriteLineAsync("--name must be 1 to 100 characters.").ConfigureAwait(false);
                return 2;
            }

            if (!Roles.IsKnown(keyRole))
            {
                await Console.Error.WriteLineAsync($"--role must be one of: {string.Join(", ", Roles.All)} (got '{keyRole}').").ConfigureAwait(false);
                return 2;
            }

            var key = ApiKeys.Generate();
            if (!await keys.AddAsync(keyName, keyRole, ApiKeys.Hash(key), TimeProvider.System.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                await Console.Error.WriteLineAsync($"A key named '{keyName}' already exists; revoke it or choose another name.").ConfigureAwait(false);
                return 1;
            }

            Console.WriteLine($"Created API key '{keyName}' with role {keyRole}. It is shown only now; send it as 'Authorization: Bearer <key>':");
            Console.WriteLine(key);
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var database = new DatabaseOptions();
        var command = new Command("list", "List keys (name, role, created, revoked); keys themselves are never stored.");
        database.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => WithStoreAsync(database, parseResult, async keys =>
        {
            foreach (var key in await keys.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                Console.WriteLine($"{key.Name}\t{key.Role}\tcreated {key.CreatedAt:u}\t{(key.RevokedAt is { } r ? $"revoked {r:u}" : "active")}");
            }

            return 0;
        }));
        return command;
    }

    private static Command Revoke()
    {
        var database = new DatabaseOptions();
        var name = new Option<string>("--name") { Description = "The key to revoke.", Required = true };
        var command = new Command("revoke", "Revoke a key at once (requests with it get 401 from then on).");
        database.AddTo(command);
        command.Options.Add(name);
        command.SetAction((parseResult, cancellationToken) => WithStoreAsync(database, parseResult, async keys =>
        {
            var keyName = parseResult.GetValue(name)!.Trim();
            if (!await keys.RevokeAsync(keyName, TimeProvider.System.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                await Console.Error.WriteLineAsync($"No active key named '{keyName}'.").ConfigureAwait(false);
                return 1;
            }

            Console.WriteLine($"Revoked '{keyName}'.");
            return 0;
        }));
        return command;
    }

    /// <summary>Opens the configured database, applies pending migrations (the key table must exist), runs the action.</summary>
    private static async Task<int> WithStoreAsync(DatabaseOptions database, ParseResult parseResult, Func<SqlApiKeyStore, Task<int>> action)
    {
        return await database.RunMigratedAsync(parseResult, "", dialect => action(new SqlApiKeyStore(dialect)), CancellationToken.None).ConfigureAwait(false);
    }
}
