using AfterSalesBot.TextAnalysis.Classification.Models;

namespace AfterSalesBot.Cli.Commands;

/// <summary>Turns the expected failures of train/eval/tag (bad file, bad model, bad option) into one line on stderr and exit code 1, not a stack trace.</summary>
internal static class TextAnalysisErrors
{
    public static Task<int> Run(Func<int> action)
    {
        try
        {
            return Task.FromResult(action());
        }
        catch (Exception e) when (e is ModelFormatException or InvalidDataException or FormatException or ArgumentException or IOException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Task.FromResult(1);
        }
    }

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is ModelFormatException or InvalidDataException or FormatException or ArgumentException or IOException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
