using System.Diagnostics;

namespace AfterSalesBot.Bot.Tests.Tickets;

/// <summary>The real service process with a broken rules file: it must stop at once with the file's errors.</summary>
public sealed class TicketRulesStartupTests
{
    [Fact]
    public async Task A_broken_rules_file_stops_the_start_naming_the_setting_and_the_path_in_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("aftersales-rules-").FullName;
        var file = Path.Combine(folder, "rules.json");
        var shipped = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "config", "ticket-rules.json"));
        await File.WriteAllTextAsync(file, shipped.Replace("\"Asia/Shanghai\"", "\"Asia/Atlantis\"", StringComparison.Ordinal));
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
            start.ArgumentList.Add($"--Storage:ConnectionString=Data Source={Path.Combine(folder, "a.db")}");
            start.ArgumentList.Add($"--Tickets:RulesFile={file}");
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            var output = await stdout + await stderr;

            Assert.Equal(1, process.ExitCode);
            Assert.Contains("AfterSalesBot cannot start: invalid settings", output, StringComparison.Ordinal);
            Assert.Contains("Tickets:RulesFile", output, StringComparison.Ordinal);
            Assert.Contains("$.calendar.timeZone: 'Asia/Atlantis' is not a known time zone id", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
