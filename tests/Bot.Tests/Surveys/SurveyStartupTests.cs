using System.Diagnostics;

namespace AfterSalesBot.Bot.Tests.Surveys;

/// <summary>The real service process with a broken survey definition: it must not start, and must say which file and question.</summary>
public sealed class SurveyStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aftersales-survey-start-").FullName;

    [Fact]
    public async Task A_broken_survey_file_stops_the_start_naming_the_file_and_the_question()
    {
        var surveys = Directory.CreateDirectory(Path.Combine(_folder, "surveys")).FullName;
        var broken = Path.Combine(surveys, "aftersales-default.json");
        File.WriteAllText(broken, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "surveys", "aftersales-default.json"))
            .Replace("\"type\": \"yesNo\"", "\"type\": \"yesOrNo\"", StringComparison.Ordinal));

        var (exitCode, output) = await RunServiceAsync($"--Surveys:Directory={surveys}", $"--Storage:ConnectionString=Data Source={Path.Combine(_folder, "a.db")}");

        Assert.Equal(1, exitCode);
        Assert.Contains("AfterSalesBot cannot start: invalid settings", output, StringComparison.Ordinal);
        Assert.Contains($"{broken}: error: question 'callback'", output, StringComparison.Ordinal);
        Assert.Contains("yesOrNo", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Output)> RunServiceAsync(params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AfterSalesBot.Bot.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (var setting in settings)
        {
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
            throw new TimeoutException("The service kept running with a broken survey definition.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
