using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.ServiceEvents;

/// <summary>
/// Checks a service event given as text (CSV row, API body) and turns it into a <see cref="ServiceEvent"/>, or says
/// why not: every problem of the row at once, each naming its field. The same checks serve the import and the API.
/// </summary>
public sealed partial class ServiceEventParser(TimeZoneInfo defaultTimeZone)
{
    private static readonly string[] Locales = ["zh-CN", "en-US"];

    /// <summary>Parses <paramref name="fields"/>; <paramref name="now"/> bounds completed_at (a service cannot complete in the future).</summary>
    public ServiceEventParseResult Parse(ServiceEventFields fields, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var errors = new List<string>();
        var customerId = Clean(fields.CustomerId);
        if (customerId is null)
        {
            errors.Add("customer_id is required");
        }
        else if (!CustomerIdPattern().IsMatch(customerId))
        {
            // Only pseudonymous ids: a name or phone number here would leak into every report.
            errors.Add($"customer_id '{customerId}' is not a pseudonymous id like C20240115-0001");
        }

        var stage = Clean(fields.ServiceStage);
        if (stage is null)
        {
            errors.Add("service_stage is required");
        }

        var channel = Clean(fields.Channel);
        if (channel is null)
        {
            errors.Add("channel is required");
        }

        TimeZoneInfo zone = defaultTimeZone;
        var zoneText = Clean(fields.TimeZone);
        if (zoneText is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneText, out zone!))
        {
            errors.Add($"time_zone '{zoneText}' is not a known time zone (use an IANA name like Asia/Shanghai)");
            zone = defaultTimeZone;
        }

        var completedAt = ParseTime(Clean(fields.CompletedAt), zone, now, errors);
        var firstResponse = ParseSeconds(Clean(fields.FirstResponseSeconds), errors);
        var resolved = ParseBoolean(Clean(fields.ResolvedFirstContact), errors);
        var conversation = ParseConversation(Clean(fields.Conversation), errors);
        var locale = Clean(fields.Locale);
        if (locale is not null)
        {
            var known = Array.Find(Locales, l => string.Equals(l, locale, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add($"locale '{locale}' is not one of {string.Join(", ", Locales)}");
            }

            locale = known;
        }

        var surveyId = Clean(fields.SurveyId);
        if (surveyId is not null && !SurveyIdPattern().IsMatch(surveyId))
        {
            errors.Add($"survey_id '{surveyId}' is not a survey id (lower-case letters, digits, '-')");
        }

        if (errors.Count > 0)
        {
            return new ServiceEventParseResult(null, errors);
        }

        var eventId = Clean(fields.EventId);
        var sourceKey = eventId is null ? "row:" + RowHash(fields) : "id:" + eventId;
        return new ServiceEventParseResult(
            new ServiceEvent(
                Guid.CreateVersion7(now), sourceKey, customerId!, Clean(fields.CustomerType), Clean(fields.Product), Clean(fields.StaffId),
                Clean(fields.Team), stage!, channel!, Clean(fields.ContactRoute), Clean(fields.Contact), completedAt!.Value, firstResponse, resolved,
                conversation, zoneText is null ? null : zone.Id, locale, surveyId),
            []);
    }

    private static DateTimeOffset? ParseTime(string? text, TimeZoneInfo zone, DateTimeOffset now, List<string> errors)
    {
        if (text is null)
        {
            errors.Add("completed_at is required");
            return null;
        }

        DateTimeOffset value;
        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset))
        {
            value = withOffset;
        }
        else if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            // No offset: the time is local to the customer's (or the default) time zone.
            value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));
        }
        else
        {
            errors.Add($"completed_at '{text}' is not a date and time (like 2026-03-02T14:30:00+08:00)");
            return null;
        }

        if (value > now.AddMinutes(5))
        {
            errors.Add($"completed_at '{text}' lies in the future");
            return null;
        }

        return value.ToUniversalTime();
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || OffsetPattern().IsMatch(text);

    private static int? ParseSeconds(string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds;
        }

        errors.Add($"first_response_seconds '{text}' is not a whole number of seconds ≥ 0");
        return null;
    }

    private static bool? ParseBoolean(string? text, List<string> errors)
    {
        switch (text?.ToUpperInvariant())
        {
            case null:
                return null;
            case "TRUE" or "YES" or "Y" or "1" or "是":
                return true;
            case "FALSE" or "NO" or "N" or "0" or "否":
                return false;
            default:
                errors.Add($"resolved_first_contact '{text}' is not true/false (yes/no, 1/0, 是/否)");
                return null;
        }
    }

    private static ConversationRef? ParseConversation(string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            errors.Add($"conversation '{text}' is not channelId:conversationId (like directline:8Kx2…)");
            return null;
        }

        return new ConversationRef(text[..colon], text[(colon + 1)..]);
    }

    private static string RowHash(ServiceEventFields fields)
    {
        // The row's own content identifies it when the source system gives no id; trimmed so re-saving a file with
        // different padding is still the same row.
        var joined = string.Join('\u001f', new[]
        {
            fields.CustomerId, fields.CustomerType, fields.Product, fields.StaffId, fields.Team, fields.ServiceStage, fields.Channel,
            fields.ContactRoute, fields.Contact, fields.CompletedAt, fields.FirstResponseSeconds, fields.ResolvedFirstContact,
            fields.Conversation, fields.TimeZone, fields.Locale, fields.SurveyId,
        }.Select(Clean));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..32];
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^C\d{8}-\d{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CustomerIdPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SurveyIdPattern();

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
