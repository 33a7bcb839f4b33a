using AfterSalesBot.Cli.Tests.Support;

namespace AfterSalesBot.Cli.Tests;

public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aftersales-cli-").FullName;

    [Fact]
    public async Task Migrate_creates_the_sqlite_database_and_a_second_run_has_nothing_to_do()
    {
        var connection = $"Data Source={Path.Combine(_folder, "db", "a.db")}";

        var first = await CliRunner.RunAsync(_folder, "migrate", "--provider", "sqlite", "--connection", connection);
        var second = await CliRunner.RunAsync(_folder, "migrate", "--provider", "sqlite", "--connection", connection);
        var status = await CliRunner.RunAsync(_folder, "migrate", "--status", "--provider", "sqlite", "--connection", connection);

        Assert.Equal(0, first.ExitCode);
        // Every migration of the build is applied, the first one first (other areas add theirs after 0001).
        Assert.Matches("applied [0-9]+ migration\\(s\\): 0001_initial", first.StdOut);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", second.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("pending: 0", status.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_reads_the_service_configuration_of_the_folder_it_runs_in()
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), """{ "Storage": { "Provider": "sqlite", "ConnectionString": "Data Source=from-config/service.db" } }""");

        var result = await CliRunner.RunAsync(_folder, "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_folder, "from-config", "service.db")), result.StdOut + result.StdErr);
    }

    [Fact]
    public async Task Migrate_with_an_unknown_provider_fails_with_a_message_naming_the_setting()
    {
        var result = await CliRunner.RunAsync(_folder, "migrate", "--provider", "oracle");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Storage:Provider must be 'sqlite' or 'postgres' (got 'oracle')", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_against_an_unreachable_postgres_fails_cleanly()
    {
        var result = await CliRunner.RunAsync(_folder, "migrate", "--provider", "postgres", "--connection", "Host=127.0.0.1;Port=1;Timeout=2");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("postgres: cannot migrate", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_on_postgres_applies_the_real_files()
    {
        var connection = await PostgresServer.CreateDatabaseAsync("aftersales_cli");
        try
        {
            var result = await CliRunner.RunAsync(_folder, "migrate", "--provider", "postgres", "--connection", connection);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("postgres: applied", result.StdOut, StringComparison.Ordinal);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connection);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
