using System.Data.Common;
using System.Globalization;
using System.Text;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// Report aggregates: cells per survey × day × attributes, kept up to date by folding changed responses
/// (<see cref="CatchUpAsync"/>), read by reports instead of scanning answers.
/// </summary>
public sealed partial class SqlReportStore(SqlDialect dialect, TimeProvider timeProvider, ReportAttributeQuestions? attributes = null) : IReportStore
{
    private const string KeyColumns = "survey_id, day, channel, locale, customer_type, product, staff_id, team, service_stage";

    private readonly ReportAttributeQuestions _attributes = attributes ?? ReportAttributeQuestions.Default;

    /// <summary>How far before the last run's start the next run looks again, for writes that committed late (clock skew, long transactions).</summary>
    public TimeSpan Lag { get; init; } = TimeSpan.FromMinutes(5);

    public async Task<ReportCells> ReadCellsAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = AggregateWhere(filter);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadCellsAsync(
            connection,
            $"SELECT {KeyColumns}, responses, completed, flagged FROM report_response_cells WHERE {where} AND responses <> 0",
            $"SELECT {KeyColumns}, question_id, answers, total, top_two, low, promoters, detractors FROM report_question_cells WHERE {where} AND answers <> 0",
            $"SELECT {KeyColumns}, category, sentiment, comments FROM report_category_cells WHERE {where} AND comments <> 0",
            parameters,
            cancellationToken).ConfigureAwait(false);
    }

    private static (string Where, DynamicParameters Parameters) AggregateWhere(ReportFilter filter)
    {
        var where = new StringBuilder("survey_id = @surveyId");
        var parameters = new DynamicParameters();
        parameters.Add("surveyId", filter.SurveyId);
        if (filter.From is { } from)
        {
            where.Append(" AND day >= @fromDay");
            parameters.Add("fromDay", Day(from));
        }

        if (filter.To is { } to)
        {
            where.Append(" AND day < @toDay");
            parameters.Add("toDay", Day(to));
        }

        foreach (var (column, value) in AttributeFilters(filter))
        {
            where.Append(CultureInfo.InvariantCulture, $" AND {column} = @{column}");
            parameters.Add(column, value);
        }

        return (where.ToString(), parameters);
    }

    private static IEnumerable<(string Column, string Value)> AttributeFilters(ReportFilter filter)
    {
        (string, string?)[] all =
        [
            ("channel", filter.Channel), ("locale", filter.Locale), ("customer_type", filter.CustomerType), ("product", filter.Product),
            ("staff_id", filter.StaffId), ("team", filter.Team), ("service_stage", filter.ServiceStage),
        ];
        return all.Where(a => a.Item2 is not null).Select(a => (a.Item1, a.Item2!));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<ReportCells> ReadCellsAsync(DbConnection connection, string responsesSql, string questionsSql, string categoriesSql, object parameters, CancellationToken cancellationToken)
    {
        var responses = new List<ResponseCell>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(responsesSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                responses.Add(new ResponseCell(ReadKey(reader), Long(reader, 9), Long(reader, 10), Long(reader, 11)));
            }
        }

        var questions = new List<QuestionCell>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(questionsSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                questions.Add(new QuestionCell(
                    ReadKey(reader), reader.GetString(9), Long(reader, 10), Convert.ToDouble(reader.GetValue(11), CultureInfo.InvariantCulture),
                    Long(reader, 12), Long(reader, 13), Long(reader, 14), Long(reader, 15)));
            }
        }

        var categories = new List<CategoryCell>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(categoriesSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                categories.Add(new CategoryCell(ReadKey(reader), reader.GetString(9), reader.GetString(10), Long(reader, 11)));
            }
        }

        return new ReportCells(responses, questions, categories);
    }

    private static long Long(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static CellKey ReadKey(DbDataReader reader) => new(
        reader.GetString(0),
        DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7),
        reader.GetString(8));
}
