using System.Globalization;
using System.Text;
using AfterSalesBot.Domain.Reports;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>The cells computed straight from the raw tables with GROUP BY: the reference the aggregates must equal.</summary>
public sealed partial class SqlReportStore
{
    public async Task<ReportCells> ReadRawCellsAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = RawWhere(filter);
        var from = $"""
            FROM survey_responses r
            LEFT JOIN answers ct ON ct.response_id = r.id AND ct.question_id = @customerTypeQuestion
            LEFT JOIN answers pr ON pr.response_id = r.id AND pr.question_id = @productQuestion
            LEFT JOIN answers st ON st.response_id = r.id AND st.question_id = @staffQuestion
            """;
        var key = $"""
            r.survey_id, {DayOf("r.started_at")} AS day, r.channel_id, r.locale, COALESCE(ct.value_text, ''), COALESCE(pr.value_text, ''),
            COALESCE(st.value_text, ''), COALESCE(r.team, ''), COALESCE(r.service_stage, '')
            """;
        const string Groups = "1, 2, 3, 4, 5, 6, 7, 8, 9";
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadCellsAsync(
            connection,
            $"""
            SELECT {key}, COUNT(*), SUM(CASE WHEN r.status = 1 THEN 1 ELSE 0 END),
                SUM(CASE WHEN EXISTS (SELECT 1 FROM answers x WHERE x.response_id = r.id AND x.value_kind = 0 AND x.value_number < 3) THEN 1 ELSE 0 END)
            {from} WHERE {where} GROUP BY {Groups}
            """,
            $"""
            SELECT {key}, q.question_id, COUNT(*), SUM(q.value_number),
                SUM(CASE WHEN q.value_number >= 4 THEN 1 ELSE 0 END), SUM(CASE WHEN q.value_number < 3 THEN 1 ELSE 0 END),
                SUM(CASE WHEN q.value_number >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN q.value_number <= 6 THEN 1 ELSE 0 END)
            {from} JOIN answers q ON q.response_id = r.id AND q.value_kind = 0 AND q.value_number IS NOT NULL
            WHERE {where} GROUP BY {Groups}, 10
            """,
            $"""
            SELECT {key}, COALESCE(c.label_category, c.category, ''), COALESCE(c.label_sentiment, c.sentiment, ''), COUNT(*)
            {from} JOIN answers ca ON ca.response_id = r.id JOIN comments c ON c.answer_id = ca.id
            WHERE {where} GROUP BY {Groups}, 10, 11
            """,
            parameters,
            cancellationToken).ConfigureAwait(false);
    }

    // Dapper passes a list to Npgsql as one array parameter (= ANY) and expands it into a list for SQLite (IN).
    private string InIds(string column) => dialect.Name == StorageOptions.PostgresProvider ? $"{column} = ANY(@ids)" : $"{column} IN @ids";

    private string DayOf(string column) => dialect.Name == StorageOptions.PostgresProvider
        ? $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
        : $"substr({column}, 1, 10)";

    private (string Where, DynamicParameters Parameters) RawWhere(ReportFilter filter)
    {
        var where = new StringBuilder("r.survey_id = @surveyId");
        var parameters = new DynamicParameters();
        parameters.Add("surveyId", filter.SurveyId);
        parameters.Add("customerTypeQuestion", _attributes.CustomerType);
        parameters.Add("productQuestion", _attributes.Product);
        parameters.Add("staffQuestion", _attributes.StaffId);
        if (filter.From is { } from)
        {
            where.Append(" AND r.started_at >= @fromTs");
            parameters.Add("fromTs", dialect.Timestamp(new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        }

        if (filter.To is { } to)
        {
            where.Append(" AND r.started_at < @toTs");
            parameters.Add("toTs", dialect.Timestamp(new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        }

        var expressions = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["channel"] = "r.channel_id",
            ["locale"] = "r.locale",
            ["customer_type"] = "COALESCE(ct.value_text, '')",
            ["product"] = "COALESCE(pr.value_text, '')",
            ["staff_id"] = "COALESCE(st.value_text, '')",
            ["team"] = "COALESCE(r.team, '')",
            ["service_stage"] = "COALESCE(r.service_stage, '')",
        };
        foreach (var (column, value) in AttributeFilters(filter))
        {
            where.Append(CultureInfo.InvariantCulture, $" AND {expressions[column]} = @{column}");
            parameters.Add(column, value);
        }

        return (where.ToString(), parameters);
    }
}
