using System.CommandLine;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Cli.Import;
using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.ServiceEvents;
using AfterSalesBot.Storage.Stores;
using Microsoft.Extensions.Configuration;

namespace AfterSalesBot.Cli.Commands;

/// <summary>
/// `aftersales import service-events FILE.csv`: completed services in, each with its survey invitation scheduled.
/// Good rows are kept, bad rows are listed with their line and reasons, rows imported before are recognised.
/// </summary>
internal static class ImportServiceEventsCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var file = new Argument<FileInfo>("FILE") { Description = $"CSV with a header row; columns {string.Join(", ", ServiceEventCsv.Known)} (required: {string.Join(", ", ServiceEventCsv.Required)})." };
        var command = new Command("service-events", "Import completed orders / repairs / tickets; schedules one survey invitation per new event. Exit code 1 when any row was refused (the good rows are kept).");
        database.AddTo(command);
        command.Arguments.Add(file);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"{path.FullName}: no such file");
                return Task.FromResult(2);
            }

            var (_, baseDirectory) = database.Resolve(parseResult);
            var policy = ReadPolicy(baseDirectory);
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(policy.DefaultTimeZone, out var zone))
            {
                Console.Error.WriteLine($"Invitations:DefaultTimeZone '{policy.DefaultTimeZone}' is not a known time zone");
                return Task.FromResult(2);
            }

            return database.RunMigratedAsync(parseResult, "import failed: ", async dialect =>
            {
                var intake = new ServiceEventIntake(new SqlServiceEventStore(dialect), new ServiceEventParser(zone), new InvitationPlanner(policy));
                using var reader = new StreamReader(path.FullName, detectEncodingFromByteOrderMarks: true);
                var (headerProblems, rows) = ServiceEventCsv.Open(reader);
                if (headerProblems.Count > 0)
                {
                    foreach (var problem in headerProblems)
                    {
                        await Console.Error.WriteLineAsync($"{path.Name}: {problem}").ConfigureAwait(false);
                    }

                    if (headerProblems.Any(p => p.StartsWith("missing", StringComparison.Ordinal) || p.StartsWith("the file", StringComparison.Ordinal)))
                    {
                        return 2;
                    }
                }

                int created = 0, duplicates = 0, refused = 0;
                foreach (var (line, fields, problem) in rows)
                {
                    if (fields is null)
                    {
                        refused++;
                        await Console.Error.WriteLineAsync($"{path.Name}:{line}: {problem}").ConfigureAwait(false);
                        continue;
                    }

                    var result = await intake.AcceptAsync(fields, TimeProvider.System.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                    if (result.Saved is null)
                    {
                        refused++;
                        await Console.Error.WriteLineAsync($"{path.Name}:{line}: {string.Join("; ", result.Errors)}").ConfigureAwait(false);
                    }
                    else if (result.Saved.Outcome == ServiceEventSaveOutcome.Duplicate)
                    {
                        duplicates++;
                        Console.WriteLine($"{path.Name}:{line}: already imported (event {result.Saved.EventId}), skipped");
                    }
                    else
                    {
                        created++;
                    }
                }

                Console.WriteLine($"{path.Name}: {created} imported, {duplicates} already imported, {refused} refused");
                return refused > 0 ? 1 : 0;
            }, cancellationToken);
        });
        return command;
    }

    /// <summary>The Invitations section of the service's configuration, so the CLI plans invitations exactly as the service would.</summary>
    private static InvitationPolicy ReadPolicy(string baseDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(baseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var section = configuration.GetSection("Invitations");
        var defaults = new InvitationPolicy();
        return defaults with
        {
            Delay = section.GetValue("Delay", defaults.Delay),
            ImmediateChannels = section.GetSection("ImmediateChannels").Get<string[]>() ?? defaults.ImmediateChannels,
            DefaultSurveyId = section.GetValue("DefaultSurveyId", defaults.DefaultSurveyId)!,
            DefaultLocale = section.GetValue("DefaultLocale", defaults.DefaultLocale)!,
            DefaultTimeZone = section.GetValue("DefaultTimeZone", defaults.DefaultTimeZone)!,
        };
    }
}
