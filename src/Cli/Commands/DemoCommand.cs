using System.CommandLine;
using System.Globalization;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Cli.Demo;
using AfterSalesBot.Storage.Demo;
using AfterSalesBot.Storage.Stores;

namespace AfterSalesBot.Cli.Commands;

/// <summary><c>aftersales demo seed --responses N</c>: synthetic responses (flagged synthetic) for demos and benchmarks.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var responses = new Option<int>("--responses") { Description = "How many responses to generate.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Random seed (the same seed gives the same data).", DefaultValueFactory = _ => 1 };
        var from = new Option<string>("--from") { Description = "First day of the generated period (yyyy-MM-dd).", DefaultValueFactory = _ => "2026-01-01" };
        var days = new Option<int>("--days") { Description = "Length of the generated period in days.", DefaultValueFactory = _ => 90 };
        var noFold = new Option<bool>("--no-fold") { Description = "Do not fold the new rows into the report aggregates (run `aftersales reports rebuild` later)." };
        var seedCommand = new Command("seed", "Load synthetic survey responses (marked synthetic = true) for demos and benchmarks.");
        database.AddTo(seedCommand);
        foreach (var option in new Option[] { responses, seed, from, days, noFold })
        {
            seedCommand.Options.Add(option);
        }

        seedCommand.SetAction(async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(responses);
            if (count < 1 || parseResult.GetValue(days) < 1
                || !DateOnly.TryParseExact(parseResult.GetValue(from), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                await Console.Error.WriteLineAsync("--responses and --days must be positive, --from a day as yyyy-MM-dd").ConfigureAwait(false);
                return 2;
            }

            return await database.RunAsync(parseResult, "cannot load synthetic data: ", async dialect =>
            {
                var generator = new SyntheticResponseGenerator(parseResult.GetValue(seed), new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), parseResult.GetValue(days));
                var loader = new SyntheticResponseLoader(dialect);
                var started = TimeProvider.System.GetTimestamp();
                // The next batch is generated while the database loads the current one (generation is client CPU,
                // loading mostly server work), so the two overlap instead of taking turns.
                const int BatchSize = 10_000;
                List<SyntheticResponse> Generate(int size) => [.. Enumerable.Range(0, size).Select(_ => generator.Next())];
                var next = Task.Run(() => Generate(Math.Min(BatchSize, count)), cancellationToken);
                for (var done = 0; done < count;)
                {
                    var batch = await next.ConfigureAwait(false);
                    done += batch.Count;
                    var remaining = count - done;
                    next = remaining > 0 ? Task.Run(() => Generate(Math.Min(BatchSize, remaining)), cancellationToken) : Task.FromResult(new List<SyntheticResponse>());
                    await loader.LoadAsync(batch, cancellationToken).ConfigureAwait(false);
                    if (count >= 100_000 && done % 100_000 == 0)
                    {
                        Console.Error.WriteLine($"  {done} / {count} loaded");
                    }
                }

                var loadSeconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
                Console.WriteLine($"{count} synthetic responses loaded in {loadSeconds:0.00} s ({count / loadSeconds:0} responses/s, {dialect.Name})");
                if (!parseResult.GetValue(noFold))
                {
                    started = TimeProvider.System.GetTimestamp();
                    var folded = await new SqlReportStore(dialect, TimeProvider.System).CatchUpAsync(cancellationToken).ConfigureAwait(false);
                    Console.WriteLine($"{folded} responses folded into the report aggregates in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.00} s");
                }

                return 0;
            }).ConfigureAwait(false);
        });

        var command = new Command("demo", "Synthetic data for demos and benchmarks.");
        command.Subcommands.Add(seedCommand);
        return command;
    }
}
