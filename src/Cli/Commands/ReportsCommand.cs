using System.CommandLine;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Storage.Stores;

namespace AfterSalesBot.Cli.Commands;

/// <summary><c>aftersales reports rebuild|catch-up</c>: maintain the report aggregates.</summary>
internal static class ReportsCommand
{
    public static Command Create()
    {
        var command = new Command("reports", "Maintain the report aggregates.");
        command.Subcommands.Add(Maintenance("rebuild", "Empty the aggregates and fold every response again from the raw tables.", rebuild: true));
        command.Subcommands.Add(Maintenance("catch-up", "Fold the responses changed since the last run (what the service does every few seconds).", rebuild: false));
        return command;
    }

    private static Command Maintenance(string name, string description, bool rebuild)
    {
        var database = new DatabaseOptions();
        var command = new Command(name, description);
        database.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            return await database.RunAsync(parseResult, "cannot update the report aggregates: ", async dialect =>
            {
                var store = new SqlReportStore(dialect, TimeProvider.System);
                var started = TimeProvider.System.GetTimestamp();
                var folded = rebuild ? await store.RebuildAsync(cancellationToken).ConfigureAwait(false) : await store.CatchUpAsync(cancellationToken).ConfigureAwait(false);
                Console.WriteLine($"{folded} responses folded into the report aggregates in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s");
                return 0;
            }).ConfigureAwait(false);
        });
        return command;
    }
}
