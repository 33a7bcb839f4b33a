using System.Data.Common;
using System.Globalization;
using AfterSalesBot.Domain.Reports;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// Cells summed per day, per attribute value or per monthly-table row, by the database. The roll-ups answer when the
/// filter and the grouping together involve at most one attribute; otherwise the fine cells are grouped.
/// </summary>
public sealed partial class SqlReportStore
{
    public async Task<ReportCells> ReadGroupedAsync(ReportFilter filter, ReportGrouping grouping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(grouping);
        var filters = AttributeFilters(filter).ToList();
        var groupedColumn = grouping.Attribute is { } attribute ? ColumnOf(attribute) : null;
        var useRollups = grouping.Kind switch
        {
            ReportGroupingKind.Day => filters.Count <= 1,
            ReportGroupingKind.Attribute => filters.Count == 0 || (filters.Count == 1 && filters[0].Column == groupedColumn),
            _ => false,
        };

        // (CellKey field, SQL expression) of the grouped fields; the other fields of each key come from the filter.
        List<(string Field, string Expression)> groups = grouping.Kind switch
        {
            ReportGroupingKind.Day => [("day", "day")],
            ReportGroupingKind.Attribute => [(groupedColumn!, useRollups ? "value" : groupedColumn!)],
            _ => [("month", "substr(day, 1, 7)"), ("team", "team"), ("service_stage", "service_stage"), ("channel", "channel")],
        };
        string where;
        DynamicParameters parameters;
        (string Responses, string Questions, string Categories) tables;
        if (useRollups)
        {
            (string Column, string? Value) dimension = grouping.Kind == ReportGroupingKind.Attribute ? (groupedColumn!, filters.Count == 1 ? filters[0].Value : null)
                : filters.Count == 1 ? (filters[0].Column, filters[0].Value) : (string.Empty, string.Empty);
            (where, parameters) = RollupWhere(filter, dimension);

            tables = ("report_rollup_responses", "report_rollup_questions", "report_rollup_categories");
        }
        else
        {
            (where, parameters) = AggregateWhere(filter);
            tables = ("report_response_cells", "report_question_cells", "report_category_cells");
        }

        var select = string.Join(", ", groups.Select(g => g.Expression));
        var by = string.Join(", ", Enumerable.Range(1, groups.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var n = groups.Count;
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var responses = await ReadGroupsAsync(
            connection,
            $"SELECT {select}, SUM(responses), SUM(completed), SUM(flagged) FROM {tables.Responses} WHERE {where} GROUP BY {by} HAVING SUM(responses) <> 0",
            parameters,
            reader => new ResponseCell(KeyOf(filter, groups, reader), Long(reader, n), Long(reader, n + 1), Long(reader, n + 2)),
            cancellationToken).ConfigureAwait(false);
        var questions = await ReadGroupsAsync(
            connection,
            $"""
            SELECT {select}, question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors)
            FROM {tables.Questions} WHERE {where} GROUP BY {by}, {n + 1} HAVING SUM(answers) <> 0
            """,
            parameters,
            reader => new QuestionCell(
                KeyOf(filter, groups, reader), reader.GetString(n), Long(reader, n + 1), Convert.ToDouble(reader.GetValue(n + 2), CultureInfo.InvariantCulture),
                Long(reader, n + 3), Long(reader, n + 4), Long(reader, n + 5), Long(reader, n + 6)),
            cancellationToken).ConfigureAwait(false);
        var categories = await ReadGroupsAsync(
            connection,
            $"SELECT {select}, category, sentiment, SUM(comments) FROM {tables.Categories} WHERE {where} GROUP BY {by}, {n + 1}, {n + 2} HAVING SUM(comments) <> 0",
            parameters,
            reader => new CategoryCell(KeyOf(filter, groups, reader), reader.GetString(n), reader.GetString(n + 1), Long(reader, n + 2)),
            cancellationToken).ConfigureAwait(false);
        return new ReportCells(responses, questions, categories);
    }

    private static async Task<List<T>> ReadGroupsAsync<T>(DbConnection connection, string sql, DynamicParameters parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The key of a grouped row: the grouped fields from the row, the rest from the filter ('' where it has none).</summary>
    private static CellKey KeyOf(ReportFilter filter, List<(string Field, string Expression)> groups, DbDataReader reader)
    {
        string? Grouped(string field)
        {
            var index = groups.FindIndex(g => g.Field == field);
            return index < 0 ? null : reader.GetString(index);
        }

        var day = Grouped("day") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : Grouped("month") is { } m ? DateOnly.ParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : filter.From ?? DateOnly.MinValue;
        return new CellKey(
            filter.SurveyId,
            day,
            Grouped("channel") ?? filter.Channel ?? string.Empty,
            Grouped("locale") ?? filter.Locale ?? string.Empty,
            Grouped("customer_type") ?? filter.CustomerType ?? string.Empty,
            Grouped("product") ?? filter.Product ?? string.Empty,
            Grouped("staff_id") ?? filter.StaffId ?? string.Empty,
            Grouped("team") ?? filter.Team ?? string.Empty,
            Grouped("service_stage") ?? filter.ServiceStage ?? string.Empty);
    }

    private static string ColumnOf(ReportAttribute attribute) => attribute switch
    {
        ReportAttribute.Channel => "channel",
        ReportAttribute.Locale => "locale",
        ReportAttribute.CustomerType => "customer_type",
        ReportAttribute.Product => "product",
        ReportAttribute.StaffId => "staff_id",
        ReportAttribute.Team => "team",
        ReportAttribute.ServiceStage => "service_stage",
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, null),
    };
}
