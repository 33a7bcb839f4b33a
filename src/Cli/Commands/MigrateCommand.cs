using System.CommandLine;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Storage.Migrations;

namespace AfterSalesBot.Cli.Commands;

/// <summary>`aftersales migrate`: applies pending migrations (what the service does at start).</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var status = new Option<bool>("--status") { Description = "Only show applied and pending migrations; change nothing." };
        var command = new Command("migrate", "Apply pending database migrations (db/migrations/<provider>/NNNN_name.sql).");
        database.AddTo(command);
        command.Options.Add(status);
        command.SetAction((parseResult, cancellationToken) => database.RunAsync(parseResult, "cannot migrate: ", async dialect =>
        {
            var runner = new MigrationRunner(dialect, EmbeddedMigrationSource.Instance, TimeProvider.System);
            try
            {
                if (parseResult.GetValue(status))
                {
                    var current = await runner.GetStatusAsync(cancellationToken).ConfigureAwait(false);
                    Console.WriteLine($"applied: {current.Applied.Count} ({string.Join(", ", current.Applied)})");
                    Console.WriteLine($"pending: {current.Pending.Count} ({string.Join(", ", current.Pending)})");
                    if (current.Unknown.Count > 0)
                    {
                        Console.WriteLine($"unknown to this build: {string.Join(", ", current.Unknown)}");
                    }

                    return current.UpToDate ? 0 : 1;
                }

                var applied = await runner.ApplyAsync(new SyncProgress<string>(Console.WriteLine), cancellationToken).ConfigureAwait(false);
                Console.WriteLine(applied.Count == 0
                    ? $"{dialect.Name}: up to date, nothing to apply."
                    : $"{dialect.Name}: applied {applied.Count} migration(s): {string.Join(", ", applied)}");
                return 0;
            }
            catch (MigrationChecksumMismatchException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 3;
            }
        }));
        return command;
    }
}
