using AfterSalesBot.Cli.Tests.Support;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Stores;
using Microsoft.Data.Sqlite;

namespace AfterSalesBot.Cli.Tests;

/// <summary>`aftersales import service-events`: good rows kept with their invitations, bad rows named by line and reason, repeats recognised.</summary>
public sealed class ImportServiceEventsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aftersales-import-").FullName;

    private string Connection => $"Data Source={Path.Combine(_folder, "loop.db")}";

    private Task<CliRunner.Result> RunAsync(params string[] args) =>
        CliRunner.RunAsync(_folder, [.. args, "--provider", "sqlite", "--connection", Connection]);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    [Fact]
    public async Task Good_rows_are_kept_bad_rows_are_reported_with_line_and_reason_and_a_second_import_creates_nothing()
    {
        var file = WriteFile("events.csv", """
            event_id,customer_id,customer_type,product,staff_id,team,service_stage,channel,contact_route,contact,completed_at,first_response_seconds,resolved_first_contact,conversation,time_zone,locale
            R-1,C20261101-0001,individual,AC-X1,S001,repair,repair,hotline,sms,+8613800000000,2026-11-10T10:00:00+08:00,25,true,,Asia/Shanghai,zh-CN
            R-2,C20261101-0002,business,"AC-X2, white",S002,online,pre-sales,chat,,,2026-11-11 09:30,40,否,directline:abc123,,en-US
            R-3,Ms Wang,individual,AC-X1,S001,repair,repair,hotline,sms,,2026-11-12T10:00:00+08:00,-5,maybe,,Mars/Base,fr-FR
            R-1,C20261101-0001,individual,AC-X1,S001,repair,repair,hotline,sms,+8613800000000,2026-11-10T10:00:00+08:00,25,true,,Asia/Shanghai,zh-CN
            ,C20261101-0003,individual,TV,S003,install,installation,store,email,a@example.com,2026-11-13T15:00:00Z,,,,,
            R-6,C20261101-0004,individual,TV,S003,install,installation,store
            R-7,C20261101-0005,individual,TV,S003,install,installation,store,email,b@example.com,2126-01-01T00:00:00Z,,,,,

            """.Replace("\n", "\r\n", StringComparison.Ordinal));

        var first = await RunAsync("import", "service-events", file);
        var second = await RunAsync("import", "service-events", file);

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("events.csv: 3 imported, 1 already imported, 3 refused", first.StdOut, StringComparison.Ordinal);
        Assert.Contains("events.csv:5: already imported", first.StdOut, StringComparison.Ordinal);
        var errors = first.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, errors.Length);
        Assert.StartsWith("events.csv:4: customer_id 'Ms Wang' is not a pseudonymous id", errors[0], StringComparison.Ordinal);
        Assert.Contains("time_zone 'Mars/Base'", errors[0], StringComparison.Ordinal);
        Assert.Contains("first_response_seconds '-5'", errors[0], StringComparison.Ordinal);
        Assert.Contains("resolved_first_contact 'maybe'", errors[0], StringComparison.Ordinal);
        Assert.Contains("locale 'fr-FR'", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("events.csv:7: the row has 8 fields, the header 16", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("events.csv:8: completed_at '2126-01-01T00:00:00Z' lies in the future", errors[2], StringComparison.Ordinal);
        Assert.Contains("events.csv: 0 imported, 4 already imported, 3 refused", second.StdOut, StringComparison.Ordinal);

        var dialect = SqlDialectFactory.Create(new StorageOptions { Provider = "sqlite", ConnectionString = Connection }, _folder);
        var events = await new SqlServiceEventStore(dialect).ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 100, CancellationToken.None);
        Assert.Equal(["C20261101-0001", "C20261101-0002", "C20261101-0003"], events.Select(e => e.CustomerId));
        var chat = events[1];
        Assert.Equal("AC-X2, white", chat.Product);
        Assert.Equal(new DateTimeOffset(2026, 11, 11, 1, 30, 0, TimeSpan.Zero), chat.CompletedAt);
        Assert.Equal((40, false), (chat.FirstResponseSeconds, chat.ResolvedFirstContact));
        Assert.Equal("abc123", chat.Conversation!.ConversationId);
        using var connection = new SqliteConnection(Connection);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT customer_id || ' ' || due_at FROM invitations ORDER BY customer_id";
        using var reader = command.ExecuteReader();
        var invitations = new List<string>();
        while (reader.Read())
        {
            invitations.Add(reader.GetString(0));
        }

        // Hotline: three days after completion; chat: at once.
        Assert.Equal(["C20261101-0001 2026-11-13T02:00:00.000000Z", "C20261101-0002 2026-11-11T01:30:00.000000Z", "C20261101-0003 2026-11-16T15:00:00.000000Z"], invitations);
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_whole()
    {
        var file = WriteFile("partial.csv", "customer_id,channel\nC20261101-0001,hotline\n");

        var result = await RunAsync("import", "service-events", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing column(s): service_stage, completed_at", result.StdErr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
