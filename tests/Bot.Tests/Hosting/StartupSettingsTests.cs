using System.Diagnostics;

namespace AfterSalesBot.Bot.Tests.Hosting;

/// <summary>The real service process started with wrong settings: it must stop at once with a message naming the key.</summary>
public sealed class StartupSettingsTests
{
    [Theory]
    [InlineData("--Storage:Provider=mysql", "Storage:Provider must be 'sqlite' or 'postgres' (got 'mysql')")]
    [InlineData("--Storage:ConnectionString=Data Source=x.db;Frobnicate=yes", "Storage:ConnectionString is not a valid sqlite connection string")]
    [InlineData("--Storage:CommandTimeoutSeconds=0", "Storage:CommandTimeoutSeconds must be between 1 and 3600")]
    [InlineData("--Storage:Provider=postgres", "Storage:ConnectionString is required when Storage:Provider is 'postgres'")]
    public async Task A_wrong_setting_stops_the_start_with_a_message_naming_the_key(string setting, string expected)
    {
        var (exitCode, output) = await RunServiceAsync(setting, "--Storage:ConnectionString=");

        Assert.Equal(1, exitCode);
        Assert.Contains("AfterSalesBot cannot start: invalid settings", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_postgres_stops_the_start_with_a_plain_message()
    {
        var (exitCode, output) = await RunServiceAsync("--Storage:Provider=postgres", "--Storage:ConnectionString=Host=127.0.0.1;Port=1;Timeout=2");

        Assert.Equal(1, exitCode);
        Assert.Contains("AfterSalesBot cannot start: the database (Storage:ConnectionString) cannot be used", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunServiceAsync(params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("aftersales-start-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AfterSalesBot.Bot.dll"));
            start.ArgumentList.Add("--urls=http://127.0.0.1:0");
            foreach (var setting in settings.Reverse())
            {
                // Later arguments win; the test's own setting is given last.
                start.ArgumentList.Add(setting);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("the service did not stop on a wrong setting within 60 s");
            }

            return (process.ExitCode, await stdout + await stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
