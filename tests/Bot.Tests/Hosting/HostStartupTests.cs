using System.Net;
using System.Text.Json;

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
}
