using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.Plans;
using AfterSalesBot.Domain.Surveys;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

public sealed partial class SqlImprovementPlanStore
{
    public async Task<Measurement> MeasureAsync(
        string metricKind, string metricKey, string? surveyId, DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<string>? customers, CancellationToken cancellationToken)
    {
        var filter = "r.status = @completed AND r.finished_at >= @from AND r.finished_at < @to"
            + (surveyId is null ? string.Empty : " AND r.survey_id = @surveyId")
            + (customers is null ? string.Empty : " AND " + dialect.InList("r.customer_id", "customers"));
        var parameters = new
        {
            completed = Completed, from = dialect.Timestamp(from), to = dialect.Timestamp(to), surveyId, customers = customers?.ToArray() ?? [], key = metricKey,
            number = (short)AnswerKind.Number,
        };
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (metricKind == PlanMetric.DimensionMean)
        {
            var values = await connection.QueryAsync<decimal>(new CommandDefinition(
                $"SELECT a.value_number FROM answers a JOIN survey_responses r ON r.id = a.response_id WHERE {filter} AND a.question_id = @key AND a.value_kind = @number AND a.value_number IS NOT NULL",
                parameters,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return Measurement.OfValues([.. values.Select(v => (double)v)]);
        }

        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            $"""
            SELECT COALESCE(c.label_category, c.category) FROM comments c JOIN answers a ON a.id = c.answer_id JOIN survey_responses r ON r.id = a.response_id
            WHERE {filter} AND COALESCE(c.label_category, c.category) IS NOT NULL
            """,
            parameters,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var categories = rows.ToList();
        return Measurement.OfShare(categories.Count(c => string.Equals(c, metricKey, StringComparison.Ordinal)), categories.Count);
    }

    public async Task<IReadOnlyList<string>> GroupAsync(string? surveyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            $"""
            SELECT DISTINCT r.customer_id FROM survey_responses r
            WHERE r.customer_id IS NOT NULL AND r.status = @completed AND r.finished_at >= @from AND r.finished_at < @to{(surveyId is null ? string.Empty : " AND r.survey_id = @surveyId")}
            ORDER BY r.customer_id
            """,
            new { completed = Completed, from = dialect.Timestamp(from), to = dialect.Timestamp(to), surveyId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. ids];
    }

    public async Task<int> ScheduleResurveyAsync(Guid planId, IReadOnlyCollection<string> customers, ResurveyDefaults defaults, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(defaults);
        var surveyId = defaults.SurveyId;
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var scheduled = 0;
        foreach (var customer in customers)
        {
            // The re-survey goes where the customer's latest service went: same conversation, contact, language and time zone.
            var latest = (await connection.QueryAsync<(string Channel, string? ConversationChannel, string? ConversationId, string? Locale, string? TimeZone, string? Contact)>(new CommandDefinition(
                """
                SELECT e.channel, e.conversation_channel, e.conversation_id, e.locale, e.time_zone, i.contact
                FROM service_events e LEFT JOIN invitations i ON i.service_event_id = e.id
                WHERE e.customer_id = @customer AND e.source_key NOT LIKE 'resurvey:%'
                ORDER BY e.completed_at DESC LIMIT 1
                """,
                new { customer },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false)).FirstOrDefault();
            if (latest.Channel is null)
            {
                continue;
            }

            var eventId = Guid.CreateVersion7(now);
            var inserted = await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO service_events (id, source_key, customer_id, service_stage, channel, completed_at, conversation_channel, conversation_id, time_zone, locale, survey_id, created_at)
                VALUES (@eventId, @sourceKey, @customer, 'resurvey', @channel, @now, @conversationChannel, @conversationId, @timeZone, @locale, @surveyId, @now)
                ON CONFLICT (source_key) DO NOTHING
                """,
                new
                {
                    eventId, sourceKey = $"resurvey:{planId:N}:{customer}", customer, channel = latest.Channel, now = dialect.Timestamp(now),
                    conversationChannel = latest.ConversationChannel, conversationId = latest.ConversationId, timeZone = latest.TimeZone, locale = latest.Locale, surveyId,
                },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (inserted == 1)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO invitations (id, service_event_id, customer_id, survey_id, channel, conversation_channel, conversation_id, contact, locale,
                                             time_zone, status, step, due_at, attempts, created_at)
                    VALUES (@id, @eventId, @customer, @surveyId, @channel, @conversationChannel, @conversationId, @contact, @locale, @timeZone, @scheduled, @invite, @dueAt, 0, @now)
                    """,
                    new
                    {
                        id = Guid.CreateVersion7(now), eventId, customer, surveyId, channel = latest.Channel, conversationChannel = latest.ConversationChannel,
                        conversationId = latest.ConversationId, contact = latest.Contact, locale = latest.Locale ?? defaults.Locale, timeZone = latest.TimeZone ?? defaults.TimeZone,
                        scheduled = InvitationStatuses.Scheduled, invite = InvitationSteps.Invite, dueAt = dialect.Timestamp(dueAt), now = dialect.Timestamp(now),
                    },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
            }

            scheduled++;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE improvement_plans SET resurvey_scheduled = @scheduled WHERE id = @planId",
            new { scheduled, planId },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return scheduled;
    }
}
