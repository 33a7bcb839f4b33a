using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Tests.Hosting;

public sealed class HostStartupTests
{
    [Fact]
    public async Task Healthz_answers_while_the_process_runs()
    {
        using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_is_ready_once_the_database_is_migrated_at_start()
    {
        using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("migration(s) applied", body, StringComparison.Ordinal);
        Assert.True(File.Exists(host.DatabasePath), "the SQLite file is created on first start");
    }

    [Fact]
    public async Task Readyz_reports_pending_migrations_when_migrate_on_start_is_off()
    {
        using var host = new BotHostFactory(new Dictionary<string, string?> { ["Storage:MigrateOnStart"] = "false" });
        using var client = host.CreateClient();

        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("0001_initial", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_is_not_ready_when_the_database_cannot_be_reached()
    {
        using var host = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2",
            ["Storage:MigrateOnStart"] = "false",
        });
        using var client = host.CreateClient();

        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("unreachable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:Provider", "mysql", "Storage:Provider must be 'sqlite' or 'postgres'")]
    [InlineData("Storage:ConnectionString", "Data Source=x.db;Frobnicate=yes", "Storage:ConnectionString is not a valid sqlite connection string")]
    [InlineData("Storage:CommandTimeoutSeconds", "0", "Storage:CommandTimeoutSeconds must be between 1 and 3600")]
    public void A_wrong_storage_setting_stops_the_start_with_a_message_naming_the_key(string key, string value, string expected)
    {
        using var host = new BotHostFactory(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_the_start()
    {
        using var host = new BotHostFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "" });

        var failure = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("Storage:ConnectionString is required", failure.Message, StringComparison.Ordinal);
    }
}
