using AfterSalesBot.Domain.Reports;

namespace AfterSalesBot.Storage.Stores;

/// <summary>The summary read: the per-day roll-ups summed over the period in SQL, a handful of rows whatever the data size.</summary>
public sealed partial class SqlReportStore
{
    public async Task<ReportCells> ReadSummaryCellsAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (AttributeFilters(filter).Any())
        {
            // Filtered summaries read the attribute cells (the roll-ups have no attributes).
            return await ReadCellsAsync(filter, cancellationToken).ConfigureAwait(false);
        }

        var (where, parameters) = AggregateWhere(filter);
        // One synthetic key for the whole period: day and attributes are not known in a roll-up sum.
        var key = $"@surveyId AS survey_id, '{Day(filter.From ?? DateOnly.MinValue)}' AS day, '' AS channel, '' AS locale, '' AS customer_type, '' AS product, '' AS staff_id, '' AS team, '' AS service_stage";
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadCellsAsync(
            connection,
            $"""
            SELECT * FROM (SELECT {key}, SUM(responses) AS responses, SUM(completed) AS completed, SUM(flagged) AS flagged
                FROM report_day_responses WHERE {where}) totals
            WHERE responses <> 0
            """,
            $"""
            SELECT {key}, question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors)
            FROM report_day_questions WHERE {where} GROUP BY question_id HAVING SUM(answers) <> 0
            """,
            $"SELECT {key}, category, sentiment, SUM(comments) FROM report_day_categories WHERE {where} GROUP BY category, sentiment HAVING SUM(comments) <> 0",
            parameters,
            cancellationToken).ConfigureAwait(false);
    }
}
