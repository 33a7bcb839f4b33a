using System.CommandLine;
using System.Globalization;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Cli.Reports;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Domain.Surveys.Definitions;
using AfterSalesBot.Storage.Exports;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.TextAnalysis.Privacy;

namespace AfterSalesBot.Cli.Commands;

/// <summary>
/// <c>aftersales export report --survey ID --format xlsx|csv</c>: the whole satisfaction report (from the aggregates)
/// with the comment rows, comment text masked; staff ids replaced by pseudonyms with <c>--pseudonym-key</c>.
/// </summary>
internal static class ReportExportCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var survey = new Option<string>("--survey") { Description = "Survey id (e.g. aftersales-default).", Required = true };
        var format = new Option<string>("--format") { Description = "xlsx (one sheet per table) or csv (UTF-8 with BOM).", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx", "csv");
        var from = new Option<string?>("--from") { Description = "First day (yyyy-MM-dd, UTC, inclusive)." };
        var to = new Option<string?>("--to") { Description = "Day after the last (yyyy-MM-dd, UTC, exclusive)." };
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var surveys = new Option<DirectoryInfo?>("--surveys-dir") { Description = "Survey definitions (default: ./surveys)." };
        var pseudonymKey = new Option<string?>("--pseudonym-key") { Description = "Replace staff ids by stable pseudonyms made with this secret (at least 16 characters); for reports that leave the team." };
        var language = new Option<string>("--lang") { Description = "Header language: en or zh.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "zh");
        var command = new Command("report", "Export the satisfaction report of a survey and period.");
        database.AddTo(command);
        foreach (var option in new Option[] { survey, format, from, to, output, surveys, pseudonymKey, language })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryDay(parseResult.GetValue(from), out var fromDay) || !TryDay(parseResult.GetValue(to), out var toDay))
            {
                await Console.Error.WriteLineAsync("--from and --to take a day as yyyy-MM-dd, e.g. 2026-03-01").ConfigureAwait(false);
                return 2;
            }

            var key = parseResult.GetValue(pseudonymKey);
            if (key is { Length: < 16 })
            {
                await Console.Error.WriteLineAsync("--pseudonym-key must be at least 16 characters").ConfigureAwait(false);
                return 2;
            }

            var surveyId = parseResult.GetValue(survey)!;
            var definition = await FindSurveyAsync(parseResult.GetValue(surveys), surveyId, cancellationToken).ConfigureAwait(false);
            if (definition is null)
            {
                await Console.Error.WriteLineAsync($"no survey definition with id '{surveyId}' (looked in --surveys-dir or ./surveys)").ConfigureAwait(false);
                return 2;
            }

            return await database.RunAsync(parseResult, "cannot read the report: ", async dialect =>
            {
                var reports = new SqlReportStore(dialect, TimeProvider.System);
                var comments = new SqlCommentReviewStore(dialect);
                await reports.CatchUpAsync(cancellationToken).ConfigureAwait(false);
                var filter = new ReportFilter(surveyId) { From = fromDay, To = toDay };
                var report = await new ReportBuilder(reports, comments, new KeyPhraseFinder()).BuildAsync(ReportQuestions.Of(definition), filter, cancellationToken).ConfigureAwait(false);
                var rows = await comments.ListCommentsAsync(ReportBuilder.CommentsOf(filter) with { Limit = 1000 }, cancellationToken).ConfigureAwait(false);
                var pseudonyms = key is null ? null : new StaffPseudonyms(key);
                var tables = ReportTables.Of(report, rows, new ExportOptions(
                    t => PersonalDataMasker.Mask(t).Text, pseudonyms is null ? s => s : pseudonyms.Of, parseResult.GetValue(language) == "zh"));
                var file = parseResult.GetValue(output)!;
                await using (var stream = file.Create())
                {
                    if (parseResult.GetValue(format) == "xlsx")
                    {
                        XlsxReportWriter.Write(stream, tables);
                    }
                    else
                    {
                        await CsvReportWriter.WriteAsync(stream, tables, cancellationToken).ConfigureAwait(false);
                    }
                }

                Console.WriteLine($"{report.Summary.Responses} responses, {rows.Count} comments, {tables.Count} tables written to {file.FullName}");
                return 0;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<SurveyDefinition?> FindSurveyAsync(DirectoryInfo? folder, string surveyId, CancellationToken cancellationToken)
    {
        var directory = folder?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), "surveys");
        if (!Directory.Exists(directory))
        {
            return null;
        }

        SurveyDefinition? latest = null;
        foreach (var file in Directory.EnumerateFiles(directory, "*.json"))
        {
            var read = await SurveyDefinitionReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            if (read.Survey is { } s && s.Id == surveyId && (latest is null || s.Version > latest.Version))
            {
                latest = s;
            }
        }

        return latest;
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        day = ok ? parsed : null;
        return ok;
    }
}
