using System.Globalization;
using System.Text;
using AfterSalesBot.Domain.Reports;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// Period totals for summary reports, summed by the database: from the roll-ups (per survey × day, for all responses
/// or one attribute) when the filter names at most one attribute, otherwise from the cells. One cell per question
/// and per category comes back, not one per attribute combination.
/// </summary>
public sealed partial class SqlReportStore
{
    public async Task<ReportCells> ReadTotalsAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var attributes = AttributeFilters(filter).ToList();
        var key = new CellKey(
            filter.SurveyId, filter.From ?? DateOnly.MinValue, filter.Channel ?? string.Empty, filter.Locale ?? string.Empty, filter.CustomerType ?? string.Empty,
            filter.Product ?? string.Empty, filter.StaffId ?? string.Empty, filter.Team ?? string.Empty, filter.ServiceStage ?? string.Empty);
        string where;
        DynamicParameters parameters;
        string responses, questions, categories;
        if (attributes.Count <= 1)
        {
            (where, parameters) = RollupWhere(filter, attributes.Count == 0 ? (string.Empty, string.Empty) : attributes[0]);
            responses = "report_rollup_responses";
            questions = "report_rollup_questions";
            categories = "report_rollup_categories";
        }
        else
        {
            (where, parameters) = AggregateWhere(filter);
            responses = "report_response_cells";
            questions = "report_question_cells";
            categories = "report_category_cells";
        }

        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var responseCells = new List<ResponseCell>();
        var (r, c, f) = await connection.QuerySingleAsync<(long?, long?, long?)>(new CommandDefinition(
            $"SELECT SUM(responses), SUM(completed), SUM(flagged) FROM {responses} WHERE {where}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (r is > 0)
        {
            responseCells.Add(new ResponseCell(key, r.Value, c ?? 0, f ?? 0));
        }

        var questionCells = (await connection.QueryAsync<(string, long, double, long, long, long, long)>(new CommandDefinition(
                $"""
                SELECT question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors)
                FROM {questions} WHERE {where} GROUP BY question_id HAVING SUM(answers) <> 0
                """,
                parameters,
                cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Select(q => new QuestionCell(key, q.Item1, q.Item2, q.Item3, q.Item4, q.Item5, q.Item6, q.Item7))
            .ToList();
        var categoryCells = (await connection.QueryAsync<(string, string, long)>(new CommandDefinition(
                $"SELECT category, sentiment, SUM(comments) FROM {categories} WHERE {where} GROUP BY category, sentiment HAVING SUM(comments) <> 0",
                parameters,
                cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Select(t => new CategoryCell(key, t.Item1, t.Item2, t.Item3))
            .ToList();
        return new ReportCells(responseCells, questionCells, categoryCells);
    }

    /// <param name="attribute">The roll-up's dimension ('' for all responses) and value; a null value takes every value of the dimension.</param>
    private static (string Where, DynamicParameters Parameters) RollupWhere(ReportFilter filter, (string Column, string? Value) attribute)
    {
        var where = new StringBuilder("survey_id = @surveyId AND dimension = @dimension");
        var parameters = new DynamicParameters();
        parameters.Add("surveyId", filter.SurveyId);
        parameters.Add("dimension", attribute.Column);
        if (attribute.Value is { } value)
        {
            where.Append(" AND value = @value");
            parameters.Add("value", value);
        }

        if (filter.From is { } from)
        {
            where.Append(" AND day >= @fromDay");
            parameters.Add("fromDay", Day(from));
        }

        if (filter.To is { } to)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND day < @toDay");
            parameters.Add("toDay", Day(to));
        }

        return (where.ToString(), parameters);
    }

    /// <summary>The roll-up rows a batch of cell deltas moves: each cell counts once for "all" and once per attribute.</summary>
    private static IEnumerable<(string Dimension, string Value)> RollupsOf(CellKey key)
    {
        yield return (string.Empty, string.Empty);
        yield return ("channel", key.Channel);
        yield return ("locale", key.Locale);
        yield return ("customer_type", key.CustomerType);
        yield return ("product", key.Product);
        yield return ("staff_id", key.StaffId);
        yield return ("team", key.Team);
        yield return ("service_stage", key.ServiceStage);
    }
}
