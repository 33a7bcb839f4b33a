using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Stores;
using Dapper;

// Usage: ReportBench <provider> <connection> [iterations] [copy]
// Times the summary report (overview + dimension ranking + top-5 counts) from the roll-ups and from a plain
// GROUP BY over the raw tables, on the same database in the same run; with "copy" (PostgreSQL, superuser) also times a
// server-side COPY FROM of the seeded rows into empty copies of the tables (with their indexes), the reference for
// `aftersales demo seed`.
var provider = args.Length > 0 ? args[0] : "postgres";
var connectionString = args.Length > 1 ? args[1] : throw new ArgumentException("usage: ReportBench <provider> <connection> [iterations] [copy]");
var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
var dialect = SqlDialectFactory.Create(new StorageOptions { Provider = provider, ConnectionString = connectionString }, Directory.GetCurrentDirectory());
var store = new SqlReportStore(dialect, TimeProvider.System);
var questions = new ReportQuestions(["speed", "resolution", "professionalism", "communication", "convenience"], null);
var filter = new ReportFilter("aftersales-default") { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 4, 1) };

async Task<(double Median, double P95, SatisfactionSummary Summary)> TimeAsync(Func<Task<ReportCells>> read, int n)
{
    var times = new List<double>();
    SatisfactionSummary? last = null;
    for (var i = 0; i < n; i++)
    {
        var watch = Stopwatch.StartNew();
        last = ReportCalculator.Summarize(questions, await read());
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return (times[times.Count / 2], times[(int)(times.Count * 0.95)], last!);
}

// The summary report (overview + dimension ranking + top-5 counts) as the service builds it: period totals from the
// roll-ups, for the whole survey and with one attribute filter; and, for reference, from the fine cells and from a
// plain GROUP BY over the raw tables, for the same filter in the same run.
var oneFilter = filter with { Channel = "webchat" };
await TimeAsync(() => store.ReadTotalsAsync(filter, CancellationToken.None), 3); // warm-up
var totals = await TimeAsync(() => store.ReadTotalsAsync(filter, CancellationToken.None), iterations);
var totalsFiltered = await TimeAsync(() => store.ReadTotalsAsync(oneFilter, CancellationToken.None), iterations);
var cells = await TimeAsync(() => store.ReadCellsAsync(filter, CancellationToken.None), Math.Max(3, iterations / 10));
var raw = await TimeAsync(() => store.ReadRawCellsAsync(filter, CancellationToken.None), Math.Max(3, iterations / 10));
var rawFiltered = await TimeAsync(() => store.ReadRawCellsAsync(oneFilter, CancellationToken.None), Math.Max(3, iterations / 10));
Console.WriteLine($"responses in report: {totals.Summary.Responses} (raw: {raw.Summary.Responses}), overall {totals.Summary.Overall:0.0000} (raw {raw.Summary.Overall:0.0000})");
Console.WriteLine($"summary from roll-ups: median {totals.Median:0.00} ms, p95 {totals.P95:0.00} ms ({iterations} runs)");
Console.WriteLine($"summary from roll-ups, channel=webchat: median {totalsFiltered.Median:0.00} ms, p95 {totalsFiltered.P95:0.00} ms ({totalsFiltered.Summary.Responses} responses)");
Console.WriteLine($"summary from fine cells (read into the service): median {cells.Median:0.00} ms");
Console.WriteLine($"summary from raw GROUP BY: median {raw.Median:0.00} ms, p95 {raw.P95:0.00} ms; channel=webchat: median {rawFiltered.Median:0.00} ms");
Console.WriteLine($"speed-up over raw GROUP BY: {raw.Median / totals.Median:0.0}x (all), {rawFiltered.Median / totalsFiltered.Median:0.0}x (channel=webchat)");

if (args.Length > 3 && args[3] == "copy" && provider == "postgres")
{
    await using var connection = await dialect.OpenConnectionAsync(CancellationToken.None);
    var total = TimeSpan.Zero;
    foreach (var table in new[] { "survey_responses", "answers", "comments" })
    {
        var file = $"/tmp/reportbench-{table}.copy";
        // The reference table has the same columns, defaults, keys and indexes as the real one (foreign keys aside),
        // so COPY pays for the same index maintenance the seed pays for.
        await connection.ExecuteAsync($"DROP TABLE IF EXISTS bench_{table}; CREATE TABLE bench_{table} (LIKE {table} INCLUDING ALL)");
        await connection.ExecuteAsync($"COPY (SELECT * FROM {table}) TO '{file}' (FORMAT BINARY)", commandTimeout: 0);
        var watch = Stopwatch.StartNew();
        await connection.ExecuteAsync($"COPY bench_{table} FROM '{file}' (FORMAT BINARY)", commandTimeout: 0);
        total += watch.Elapsed;
        await connection.ExecuteAsync($"DROP TABLE bench_{table}");
        File.Delete(file);
    }

    Console.WriteLine($"server-side COPY FROM of all rows (responses, answers, comments): {total.TotalSeconds:0.00} s");
}
