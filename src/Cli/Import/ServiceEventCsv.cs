using AfterSalesBot.Domain.ServiceEvents;
using CsvHelper;

namespace AfterSalesBot.Cli.Import;

/// <summary>
/// Reads a service-event CSV file (UTF-8, BOM optional, header row with the snake_case column names) into
/// <see cref="ServiceEventFields"/> with the file line each row starts on, so a bad row can be named.
/// </summary>
internal static class ServiceEventCsv
{
    /// <summary>Columns a file must have.</summary>
    public static readonly string[] Required = ["customer_id", "service_stage", "channel", "completed_at"];

    /// <summary>Every column the import reads.</summary>
    public static readonly string[] Known =
    [
        "event_id", "customer_id", "customer_type", "product", "staff_id", "team", "service_stage", "channel", "contact_route", "contact",
        "completed_at", "first_response_seconds", "resolved_first_contact", "conversation", "time_zone", "locale", "survey_id",
    ];

    /// <summary>The header's problems (missing required columns, unknown columns), then the rows with the line each starts on.</summary>
    public static (IReadOnlyList<string> HeaderProblems, IEnumerable<CsvRow> Rows) Open(TextReader reader)
    {
        var csv = CsvReader.Create(reader, new CsvReaderOptions { TrackLineNumbers = true, SkipEmptyLines = true }, leaveOpen: true);
        csv.ReadHeader();
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (header.Count == 0 || header.All(h => h.Length == 0))
        {
            csv.Dispose();
            return (["the file is empty (a header row is required)"], []);
        }

        var problems = new List<string>();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"missing column(s): {string.Join(", ", missing)} (required: {string.Join(", ", Required)})");
        }

        var unknown = header.Where(h => h.Length > 0 && !Known.Contains(h)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add($"unknown column(s) ignored: {string.Join(", ", unknown)} (known: {string.Join(", ", Known)})");
        }

        return (problems, Rows(csv, header));
    }

    private static IEnumerable<CsvRow> Rows(CsvReader csv, List<string> header)
    {
        using (csv)
        {
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                var values = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)).ToList();
                if (values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (values.Count != header.Count)
                {
                    yield return new CsvRow(line, null, $"the row has {values.Count} fields, the header {header.Count}");
                    continue;
                }

                string? Get(string column)
                {
                    var index = header.IndexOf(column);
                    return index >= 0 ? values[index] : null;
                }

                yield return new CsvRow(line, new ServiceEventFields
                {
                    EventId = Get("event_id"),
                    CustomerId = Get("customer_id"),
                    CustomerType = Get("customer_type"),
                    Product = Get("product"),
                    StaffId = Get("staff_id"),
                    Team = Get("team"),
                    ServiceStage = Get("service_stage"),
                    Channel = Get("channel"),
                    ContactRoute = Get("contact_route"),
                    Contact = Get("contact"),
                    CompletedAt = Get("completed_at"),
                    FirstResponseSeconds = Get("first_response_seconds"),
                    ResolvedFirstContact = Get("resolved_first_contact"),
                    Conversation = Get("conversation"),
                    TimeZone = Get("time_zone"),
                    Locale = Get("locale"),
                    SurveyId = Get("survey_id"),
                }, null);
            }
        }
    }
}
