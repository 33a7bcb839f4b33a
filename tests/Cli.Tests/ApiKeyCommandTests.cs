using AfterSalesBot.Cli.Tests.Support;
using AfterSalesBot.Domain.Security;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Stores;

namespace AfterSalesBot.Cli.Tests;

public sealed class ApiKeyCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aftersales-apikey-").FullName;

    private string Connection => $"Data Source={Path.Combine(_folder, "keys.db")}";

    private Task<CliRunner.Result> RunAsync(params string[] args) =>
        CliRunner.RunAsync(_folder, [.. args, "--provider", "sqlite", "--connection", Connection]);

    [Fact]
    public async Task Add_prints_a_working_key_on_its_last_line_and_stores_only_its_hash()
    {
        var result = await RunAsync("apikey", "add", "--name", "crm-sync", "--role", "agent");

        Assert.Equal(0, result.ExitCode);
        var key = result.StdOut.TrimEnd().Split('\n')[^1].Trim();
        Assert.StartsWith(ApiKeys.Prefix, key, StringComparison.Ordinal);
        var dialect = SqlDialectFactory.Create(new StorageOptions { Provider = "sqlite", ConnectionString = Connection }, _folder);
        var found = await new SqlApiKeyStore(dialect).FindActiveAsync(ApiKeys.Hash(key), CancellationToken.None);
        Assert.Equal(("crm-sync", "agent"), (found!.Name, found.Role));
        Assert.DoesNotContain(key, await File.ReadAllTextAsync(Path.Combine(_folder, "keys.db")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_name_and_an_unknown_role_are_refused()
    {
        await RunAsync("apikey", "add", "--name", "ops", "--role", "admin");

        var again = await RunAsync("apikey", "add", "--name", "ops", "--role", "agent");
        var badRole = await RunAsync("apikey", "add", "--name", "other", "--role", "root");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("--role must be one of: agent, supervisor, analyst, admin", badRole.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoked_keys_are_listed_as_revoked()
    {
        await RunAsync("apikey", "add", "--name", "temp", "--role", "supervisor");

        var revoke = await RunAsync("apikey", "revoke", "--name", "temp");
        var list = await RunAsync("apikey", "list");
        var revokeAgain = await RunAsync("apikey", "revoke", "--name", "temp");

        Assert.Equal(0, revoke.ExitCode);
        Assert.Matches("temp\tsupervisor\tcreated .*\trevoked ", list.StdOut);
        Assert.Equal(1, revokeAgain.ExitCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
