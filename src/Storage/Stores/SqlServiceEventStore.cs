using System.Data.Common;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.ServiceEvents;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Service events with their invitations; the source key's unique index makes a repeated import a no-op.</summary>
public sealed class SqlServiceEventStore(SqlDialect dialect) : IServiceEventStore
{
    private const string Columns = """
        id, source_key, customer_id, customer_type, product, staff_id, team, service_stage, channel, contact_route,
        completed_at, first_response_seconds, resolved_first_contact, conversation_channel, conversation_id, time_zone, locale, survey_id
        """;

    public async Task<ServiceEventSaveResult> RecordAsync(ServiceEvent serviceEvent, NewInvitation? invitation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceEvent);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var e = serviceEvent;
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO service_events ({Columns}, created_at)
            VALUES (@id, @sourceKey, @customerId, @customerType, @product, @staffId, @team, @serviceStage, @channel, @contactRoute,
                    @completedAt, @firstResponseSeconds, @resolvedFirstContact, @conversationChannel, @conversationId, @timeZone, @locale, @surveyId, @now)
            ON CONFLICT (source_key) DO NOTHING
            """,
            new
            {
                id = e.Id, sourceKey = e.SourceKey, customerId = e.CustomerId, customerType = e.CustomerType, product = e.Product, staffId = e.StaffId,
                team = e.Team, serviceStage = e.ServiceStage, channel = e.Channel, contactRoute = e.ContactRoute,
                completedAt = dialect.Timestamp(e.CompletedAt), firstResponseSeconds = e.FirstResponseSeconds, resolvedFirstContact = e.ResolvedFirstContact,
                conversationChannel = e.Conversation?.ChannelId, conversationId = e.Conversation?.ConversationId, timeZone = e.TimeZone, locale = e.Locale,
                surveyId = e.SurveyId, now = dialect.Timestamp(now),
            },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (inserted == 0)
        {
            Guid existing;
            await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                "SELECT id FROM service_events WHERE source_key = @sourceKey", new { sourceKey = e.SourceKey }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                existing = reader.GetGuid("id");
            }

            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return new ServiceEventSaveResult(existing, ServiceEventSaveOutcome.Duplicate, null);
        }

        // Survey responses reference the customer record; only the pseudonymous id and the type are kept.
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO customers (id, customer_type, created_at) VALUES (@customerId, @customerType, @now) ON CONFLICT (id) DO NOTHING",
            new { customerId = e.CustomerId, customerType = e.CustomerType, now = dialect.Timestamp(now) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (invitation is not null)
        {
            await InsertInvitationAsync(connection, transaction, e.Id, invitation, now, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ServiceEventSaveResult(e.Id, ServiceEventSaveOutcome.Created, invitation?.Id);
    }

    public async Task<IReadOnlyList<ServiceEvent>> ListAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns}, contact FROM service_events e LEFT JOIN (SELECT service_event_id, contact FROM invitations) i ON i.service_event_id = e.id WHERE completed_at >= @from AND completed_at < @to ORDER BY completed_at, id LIMIT @limit",
            new { from = dialect.Timestamp(from), to = dialect.Timestamp(to), limit },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var events = new List<ServiceEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(Map(reader));
        }

        return events;
    }

    private Task<int> InsertInvitationAsync(DbConnection connection, DbTransaction transaction, Guid eventId, NewInvitation i, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO invitations (id, service_event_id, customer_id, survey_id, channel, conversation_channel, conversation_id, contact, locale,
                                     time_zone, status, step, due_at, attempts, created_at)
            VALUES (@id, @eventId, @customerId, @surveyId, @channel, @conversationChannel, @conversationId, @contact, @locale,
                    @timeZone, @status, @step, @dueAt, 0, @now)
            """,
            new
            {
                id = i.Id, eventId, customerId = i.CustomerId, surveyId = i.SurveyId, channel = i.Channel,
                conversationChannel = i.Conversation?.ChannelId, conversationId = i.Conversation?.ConversationId, contact = i.Contact, locale = i.Locale,
                timeZone = i.TimeZone, status = InvitationStatuses.Scheduled, step = InvitationSteps.Invite, dueAt = dialect.Timestamp(i.DueAt),
                now = dialect.Timestamp(now),
            },
            transaction,
            cancellationToken: cancellationToken));

    private static ServiceEvent Map(DbDataReader r)
    {
        var channel = r.GetNullableString("conversation_channel");
        var conversationId = r.GetNullableString("conversation_id");
        var resolvedOrdinal = r.GetOrdinal("resolved_first_contact");
        var secondsOrdinal = r.GetOrdinal("first_response_seconds");
        return new ServiceEvent(
            r.GetGuid("id"), r.GetString("source_key"), r.GetString("customer_id"), r.GetNullableString("customer_type"), r.GetNullableString("product"),
            r.GetNullableString("staff_id"), r.GetNullableString("team"), r.GetString("service_stage"), r.GetString("channel"), r.GetNullableString("contact_route"),
            r.GetNullableString("contact"), r.GetTimestamp("completed_at"),
            r.IsDBNull(secondsOrdinal) ? null : Convert.ToInt32(r.GetValue(secondsOrdinal), System.Globalization.CultureInfo.InvariantCulture),
            r.IsDBNull(resolvedOrdinal) ? null : Convert.ToBoolean(r.GetValue(resolvedOrdinal), System.Globalization.CultureInfo.InvariantCulture),
            channel is not null && conversationId is not null ? new ConversationRef(channel, conversationId) : null,
            r.GetNullableString("time_zone"), r.GetNullableString("locale"), r.GetNullableString("survey_id"));
    }
}
