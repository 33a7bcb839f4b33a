using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Sla;
using AfterSalesBot.Storage.Dialects;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Rows to tickets and tickets to parameters (JSON for the grade reasons, '|' for supporting departments, ISO dates).</summary>
internal static partial class TicketRows
{
    private static Ticket Map(DbDataReader reader)
    {
        var confirmedAt = reader.GetNullableTimestamp("confirmed_at");
        var purchase = reader.GetNullableString("purchase_date");
        return new Ticket
        {
            Number = reader.GetString("number"),
            Version = reader.GetInt64("version"),
            CustomerId = reader.GetString("customer_id"),
            ConversationId = reader.GetNullableString("conversation_id"),
            Channel = reader.GetString("channel"),
            Locale = reader.GetNullableString("locale"),
            Product = reader.GetNullableString("product"),
            PurchaseDate = purchase is null ? null : DateOnly.ParseExact(purchase, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Description = reader.GetString("description"),
            Category = reader.GetString("category"),
            Demand = reader.GetString("demand"),
            Emotion = reader.GetNullableString("emotion"),
            ContactTail = reader.GetNullableString("contact_tail"),
            IntakeKey = reader.GetNullableString("intake_key"),
            Grade = new TicketGrade(
                (Urgency)reader.GetInt32(reader.GetOrdinal("urgency")),
                reader.GetInt32(reader.GetOrdinal("level")),
                JsonSerializer.Deserialize<List<string>>(reader.GetString("grade_reasons")) ?? [],
                reader.GetNullableString("override_reason"),
                reader.GetNullableString("overridden_by")),
            Department = reader.GetString("department"),
            SupportingDepartments = reader.GetString("supporting_departments").Split('|', StringSplitOptions.RemoveEmptyEntries),
            Owner = reader.GetString("owner"),
            Status = (TicketStatus)reader.GetInt32(reader.GetOrdinal("status")),
            CreatedAt = reader.GetTimestamp("created_at"),
            UpdatedAt = reader.GetTimestamp("updated_at"),
            ResponseClockFrom = reader.GetTimestamp("response_clock_from"),
            ResponseDueAt = reader.GetTimestamp("response_due_at"),
            ResolutionClockFrom = reader.GetTimestamp("resolution_clock_from"),
            ResolutionDueAt = reader.GetTimestamp("resolution_due_at"),
            RespondedAt = reader.GetNullableTimestamp("responded_at"),
            ResolvedAt = reader.GetNullableTimestamp("resolved_at"),
            FollowUpDueAt = reader.GetNullableTimestamp("follow_up_due_at"),
            ClosedAt = reader.GetNullableTimestamp("closed_at"),
            Confirmation = confirmedAt is { } at
                ? new CustomerConfirmation(at, reader.GetBoolean(reader.GetOrdinal("confirmed_solved")), NullableBool(reader, "confirmed_satisfied"), reader.GetNullableString("confirmation_comment"))
                : null,
        };
    }

    public static SlaEvent MapEvent(DbDataReader reader) => new(
        (SlaEventKind)reader.GetInt32(reader.GetOrdinal("kind")),
        reader.GetTimestamp("due_at"),
        reader.GetTimestamp("fire_at"));

    private static object Parameters(SqlDialect dialect, Ticket t) => new
    {
        number = t.Number,
        version = t.Version,
        customerId = t.CustomerId,
        conversationId = t.ConversationId,
        channel = t.Channel,
        locale = t.Locale,
        product = t.Product,
        purchaseDate = t.PurchaseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        description = t.Description,
        category = t.Category,
        demand = t.Demand,
        emotion = t.Emotion,
        contactTail = t.ContactTail,
        intakeKey = t.IntakeKey,
        urgency = (short)t.Grade.Urgency,
        level = (short)t.Grade.Level,
        gradeReasons = JsonSerializer.Serialize(t.Grade.Reasons),
        overrideReason = t.Grade.OverrideReason,
        overriddenBy = t.Grade.OverriddenBy,
        department = t.Department,
        supporting = string.Join('|', t.SupportingDepartments),
        owner = t.Owner,
        status = (short)t.Status,
        createdAt = dialect.Timestamp(t.CreatedAt),
        updatedAt = dialect.Timestamp(t.UpdatedAt),
        responseClockFrom = dialect.Timestamp(t.ResponseClockFrom),
        responseDueAt = dialect.Timestamp(t.ResponseDueAt),
        resolutionClockFrom = dialect.Timestamp(t.ResolutionClockFrom),
        resolutionDueAt = dialect.Timestamp(t.ResolutionDueAt),
        respondedAt = Optional(dialect, t.RespondedAt),
        resolvedAt = Optional(dialect, t.ResolvedAt),
        followUpDueAt = Optional(dialect, t.FollowUpDueAt),
        closedAt = Optional(dialect, t.ClosedAt),
        confirmedAt = Optional(dialect, t.Confirmation?.At),
        confirmedSolved = t.Confirmation?.Solved,
        confirmedSatisfied = t.Confirmation?.Satisfied,
        confirmationComment = t.Confirmation?.Comment,
    };

    private static object? Optional(SqlDialect dialect, DateTimeOffset? value) => value is { } v ? dialect.Timestamp(v) : null;

    private static int? NullableInt(DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
    }

    private static bool? NullableBool(DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetBoolean(ordinal);
    }
}
