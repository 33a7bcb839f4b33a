using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Channels.Support;

/// <summary>Runs a scenario of tests/Bot.Tests/js/directline-conformance.js and returns the JSON it prints.</summary>
public static class NodeScript
{
    /// <summary>tests/Bot.Tests/js, where the npm clients the tests drive are installed (./test.sh runs npm ci there).</summary>
    public static string JsClients => Path.Combine(RepositoryPaths.Root, "tests", "Bot.Tests", "js");

    public static async Task<JsonObject> RunAsync(string scenario, object arguments, ITestOutputHelper output)
    {
        var modules = Path.Combine(JsClients, "node_modules", "botframework-directlinejs");
        Assert.True(Directory.Exists(modules), $"{modules} is missing: run `npm ci` in {JsClients} (./test.sh does).");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = JsClients,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("directline-conformance.js");
        start.ArgumentList.Add(scenario);
        start.ArgumentList.Add(JsonSerializer.Serialize(arguments));
        using var process = Process.Start(start)!;
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
            throw;
        }

        output.WriteLine($"node {scenario}: exit {process.ExitCode}\n{await stdout}\n{await stderr}");
        Assert.True(process.ExitCode == 0, $"DirectLineJS scenario '{scenario}' failed: {await stderr}");
        var lastLine = (await stdout).Trim().Split('\n')[^1];
        return JsonNode.Parse(lastLine)!.AsObject();
    }
}
