using System.Data.Common;
using System.Globalization;
using AfterSalesBot.Domain.Surveys;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>What a batch of responses contributes to the aggregates now, read from the raw tables.</summary>
public sealed partial class SqlReportStore
{
    private async Task<List<(Guid Id, ReportContribution Contribution)>> ContributionsAsync(DbConnection connection, Guid[] ids, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<Guid, List<(string QuestionId, int Kind, double? Number, string? Text)>>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT response_id, question_id, value_kind, value_number, value_text FROM answers WHERE {InIds("response_id")}",
            new { ids },
            cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetGuid(0);
                if (!answers.TryGetValue(id, out var list))
                {
                    answers[id] = list = [];
                }

                list.Add((
                    reader.GetString(1),
                    Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
                    reader.IsDBNull(3) ? null : Convert.ToDouble(reader.GetValue(3), CultureInfo.InvariantCulture),
                    reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        var tags = new Dictionary<Guid, List<ReportTag>>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"""
            SELECT a.response_id, COALESCE(c.label_category, c.category, ''), COALESCE(c.label_sentiment, c.sentiment, '')
            FROM comments c JOIN answers a ON a.id = c.answer_id WHERE {InIds("a.response_id")} ORDER BY c.id
            """,
            new { ids },
            cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetGuid(0);
                if (!tags.TryGetValue(id, out var list))
                {
                    tags[id] = list = [];
                }

                list.Add(new ReportTag(reader.GetString(1), reader.GetString(2)));
            }
        }

        var result = new List<(Guid, ReportContribution)>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT id, survey_id, started_at, channel_id, locale, status, team, service_stage FROM survey_responses WHERE {InIds("id")}",
            new { ids },
            cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetGuid(0);
                var mine = answers.GetValueOrDefault(id) ?? [];
                var numbers = mine
                    .Where(a => a.Kind == (int)AnswerKind.Number && a.Number is not null)
                    .OrderBy(a => a.QuestionId, StringComparer.Ordinal)
                    .Select(a => new ReportNumber(a.QuestionId, a.Number!.Value))
                    .ToList();
                string TextOf(string questionId) => mine.FirstOrDefault(a => a.QuestionId == questionId).Text ?? string.Empty;
                result.Add((id, new ReportContribution(
                    reader.GetString(1),
                    reader.GetFieldValue<DateTimeOffset>(2).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    reader.GetString(3),
                    reader.GetString(4),
                    TextOf(_attributes.CustomerType),
                    TextOf(_attributes.Product),
                    TextOf(_attributes.StaffId),
                    reader.IsDBNull(6) ? string.Empty : reader.GetString(6),
                    reader.IsDBNull(7) ? string.Empty : reader.GetString(7),
                    Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture) == (int)ResponseStatus.Completed,
                    numbers.Exists(n => n.Value < 3),
                    numbers,
                    tags.GetValueOrDefault(id) ?? [])));
            }
        }

        return result;
    }
}
