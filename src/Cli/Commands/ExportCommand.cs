using System.CommandLine;
using System.Globalization;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Cli.Export;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;
using AfterSalesBot.Storage.Stores;

namespace AfterSalesBot.Cli.Commands;

/// <summary><c>aftersales export responses --format csv</c>: one row per survey response, one column per question id.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var format = new Option<string>("--format") { Description = "Output format: csv (UTF-8 with BOM, RFC 4180).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv");
        var survey = new Option<string?>("--survey") { Description = "Only responses to this survey id (e.g. aftersales-default)." };
        var from = new Option<string?>("--from") { Description = "Only responses started on or after this day (yyyy-MM-dd, UTC)." };
        var to = new Option<string?>("--to") { Description = "Only responses started on or before this day (yyyy-MM-dd, UTC, inclusive)." };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var surveys = new Option<DirectoryInfo?>("--surveys-dir") { Description = "Survey definitions, for the column order (default: ./surveys when present)." };

        var responses = new Command("responses", "Export survey responses.");
        database.AddTo(responses);
        foreach (var option in new Option[] { format, survey, from, to, output, surveys })
        {
            responses.Options.Add(option);
        }

        responses.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryDay(parseResult.GetValue(from), out var fromDay) || !TryDay(parseResult.GetValue(to), out var toDay))
            {
                await Console.Error.WriteLineAsync("--from and --to take a day as yyyy-MM-dd, e.g. 2026-03-01").ConfigureAwait(false);
                return 2;
            }

            var definitions = await LoadDefinitionsAsync(parseResult.GetValue(surveys), cancellationToken).ConfigureAwait(false);
            return await database.RunAsync(parseResult, "cannot read responses: ", async dialect =>
            {
                var query = new ResponseQuery(
                    parseResult.GetValue(survey),
                    fromDay is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                    toDay is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
                var rows = await new SqlSurveyResponseStore(dialect, TimeProvider.System).ListResponsesAsync(query, cancellationToken).ConfigureAwait(false);
                var columns = QuestionColumns.For(rows, definitions, query.SurveyId);
                var file = parseResult.GetValue(output);
                await using (var stream = file is null ? Console.OpenStandardOutput() : file.Create())
                {
                    await ResponseCsv.WriteAsync(stream, rows, columns, cancellationToken).ConfigureAwait(false);
                }

                if (file is not null)
                {
                    Console.WriteLine($"{rows.Count} responses, {columns.Count} questions written to {file.FullName}");
                }

                return 0;
            }).ConfigureAwait(false);
        });

        var command = new Command("export", "Export data for analysis.");
        command.Subcommands.Add(responses);
        command.Subcommands.Add(ReportExportCommand.Create());
        return command;
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The definitions that give the columns their order; without them the columns follow the answers.</summary>
    private static async Task<IReadOnlyList<SurveyDefinition>> LoadDefinitionsAsync(DirectoryInfo? folder, CancellationToken cancellationToken)
    {
        var directory = folder?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), "surveys");
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var definitions = new List<SurveyDefinition>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json"))
        {
            var read = await SurveyDefinitionReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            if (read.Survey is not null)
            {
                definitions.Add(read.Survey);
            }
        }

        return definitions;
    }
}
