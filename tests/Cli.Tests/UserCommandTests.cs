using AfterSalesBot.Cli.Tests.Support;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Security;
using AfterSalesBot.Storage.Stores;

namespace AfterSalesBot.Cli.Tests;

public sealed class UserCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aftersales-user-").FullName;

    private string Connection => $"Data Source={Path.Combine(_folder, "users.db")}";

    private Task<CliRunner.Result> RunAsync(params string[] args) =>
        CliRunner.RunAsync(_folder, [.. args, "--provider", "sqlite", "--connection", Connection]);

    private StaffAccounts Accounts()
    {
        var dialect = SqlDialectFactory.Create(new StorageOptions { Provider = "sqlite", ConnectionString = Connection }, _folder);
        return new StaffAccounts(new SqlStaffUserStore(dialect), TimeProvider.System);
    }

    [Fact]
    public async Task Add_prints_a_one_time_password_that_signs_in_and_must_be_changed()
    {
        var result = await RunAsync("user", "add", "--name", "li.na", "--role", "agent", "--staff-id", "S1024", "--display-name", "李娜");

        Assert.Equal(0, result.ExitCode);
        var password = result.StdOut.TrimEnd().Split('\n')[^1].Trim();
        var user = await Accounts().VerifyAsync("li.na", password, CancellationToken.None);
        Assert.NotNull(user);
        Assert.True(user.MustChangePassword);
        Assert.Equal(("agent", "S1024", "李娜"), (user.Role, user.StaffId, user.DisplayName));
        Assert.DoesNotContain(password, await File.ReadAllTextAsync(Path.Combine(_folder, "users.db")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_name_a_bad_role_and_a_name_with_spaces_are_refused()
    {
        await RunAsync("user", "add", "--name", "wang", "--role", "analyst");

        var again = await RunAsync("user", "add", "--name", "wang", "--role", "agent");
        var badRole = await RunAsync("user", "add", "--name", "zhao", "--role", "root");
        var spaced = await RunAsync("user", "add", "--name", "zhao qian", "--role", "agent");

        Assert.Equal((1, 2, 2), (again.ExitCode, badRole.ExitCode, spaced.ExitCode));
        Assert.Contains("already exists", again.StdErr, StringComparison.Ordinal);
        Assert.Contains("--role must be one of", badRole.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_blocks_sign_in_and_list_shows_it()
    {
        var password = (await RunAsync("user", "add", "--name", "temp", "--role", "supervisor")).StdOut.TrimEnd().Split('\n')[^1].Trim();

        var disable = await RunAsync("user", "disable", "--name", "temp");
        var list = await RunAsync("user", "list");
        var unknown = await RunAsync("user", "disable", "--name", "nobody");

        Assert.Equal(0, disable.ExitCode);
        Assert.Null(await Accounts().VerifyAsync("temp", password, CancellationToken.None));
        Assert.Matches("temp\tsupervisor\t-\t-\tcreated .*\tdisabled", list.StdOut);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(0, (await RunAsync("user", "enable", "--name", "temp")).ExitCode);
        Assert.NotNull(await Accounts().VerifyAsync("temp", password, CancellationToken.None));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
