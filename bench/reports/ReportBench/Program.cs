using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Stores;
using Dapper;

// Usage: ReportBench <provider> <connection> [iterations] [copy]
// Times the summary report (overview + dimension ranking + top-5 counts) from the aggregates and from a plain
// GROUP BY over the raw tables, on the same database in the same run; with "copy" (PostgreSQL, superuser) also times a
// server-side COPY FROM of the seeded rows into empty copies of the tables, the reference for `aftersales demo seed`.
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

await TimeAsync(() => store.ReadCellsAsync(filter, CancellationToken.None), 3); // warm-up
var aggregated = await TimeAsync(() => store.ReadCellsAsync(filter, CancellationToken.None), iterations);
var raw = await TimeAsync(() => store.ReadRawCellsAsync(filter, CancellationToken.None), Math.Max(3, iterations / 10));
Console.WriteLine($"responses in report: {aggregated.Summary.Responses} (raw: {raw.Summary.Responses}), overall {aggregated.Summary.Overall:0.0000} (raw {raw.Summary.Overall:0.0000})");
Console.WriteLine($"summary from aggregates: median {aggregated.Median:0.00} ms, p95 {aggregated.P95:0.00} ms ({iterations} runs)");
Console.WriteLine($"summary from raw GROUP BY: median {raw.Median:0.00} ms, p95 {raw.P95:0.00} ms");
Console.WriteLine($"speed-up: {raw.Median / aggregated.Median:0.0}x");

if (args.Length > 3 && args[3] == "copy" && provider == "postgres")
{
    await using var connection = await dialect.OpenConnectionAsync(CancellationToken.None);
    var total = TimeSpan.Zero;
    foreach (var table in new[] { "survey_responses", "answers", "comments" })
    {
        var file = $"/tmp/reportbench-{table}.copy";
        await connection.ExecuteAsync($"DROP TABLE IF EXISTS bench_{table}; CREATE TABLE bench_{table} (LIKE {table} INCLUDING DEFAULTS)");
        await connection.ExecuteAsync($"COPY (SELECT * FROM {table}) TO '{file}' (FORMAT BINARY)", commandTimeout: 0);
        var watch = Stopwatch.StartNew();
        await connection.ExecuteAsync($"COPY bench_{table} FROM '{file}' (FORMAT BINARY)", commandTimeout: 0);
        total += watch.Elapsed;
        await connection.ExecuteAsync($"DROP TABLE bench_{table}");
        File.Delete(file);
    }

    Console.WriteLine($"server-side COPY FROM of all rows (responses, answers, comments): {total.TotalSeconds:0.00} s");
}
