using System.Globalization;

namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>The meaning checks of a rules file: every reference resolves, every span is one positive length, levels 1..3 exist.</summary>
public static class TicketRulesValidator
{
    public static IReadOnlyList<string> Validate(TicketRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = TicketRulesNullCheck.Find(rules);
        if (errors.Count > 0)
        {
            // A section given as null cannot be checked further; report the nulls first.
            return errors;
        }

        if (rules.SchemaVersion != TicketRulesLoader.SupportedSchemaVersion)
        {
            errors.Add($"$.schemaVersion: must be {TicketRulesLoader.SupportedSchemaVersion} (got {rules.SchemaVersion})");
        }

        ValidateCalendar(rules.Calendar, errors);
        foreach (var (id, department) in rules.Departments)
        {
            if (string.IsNullOrWhiteSpace(department.Owner))
            {
                errors.Add($"$.departments.{id}.owner: a staff id is required (new tickets of the department are assigned to it)");
            }
        }

        if (rules.Departments.Count == 0)
        {
            errors.Add("$.departments: at least one department is required");
        }

        ValidateRoute("$.routing.default", rules.Routing.Default, rules, errors);
        foreach (var (category, route) in rules.Routing.Categories)
        {
            ValidateRoute($"$.routing.categories.{category}", route, rules, errors);
        }

        ValidateGrading(rules.Grading, errors);
        ValidateSpan("$.deadlines.acknowledgeWithin", rules.Deadlines.AcknowledgeWithin, errors);
        if (rules.Deadlines.WarnAtFraction is <= 0 or >= 1)
        {
            errors.Add($"$.deadlines.warnAtFraction: must be between 0 and 1, exclusive (got {rules.Deadlines.WarnAtFraction.ToString(CultureInfo.InvariantCulture)})");
        }

        foreach (var (name, deadline) in new[] { ("urgent", rules.Deadlines.Urgent), ("general", rules.Deadlines.General), ("complex", rules.Deadlines.Complex) })
        {
            ValidateSpan($"$.deadlines.{name}.firstResponse", deadline.FirstResponse, errors);
            ValidateSpan($"$.deadlines.{name}.solution", deadline.Solution, errors);
        }

        ValidateLevels(rules, errors);
        if (rules.FollowUpAfterDays is < 1 or > 60)
        {
            errors.Add($"$.followUpAfterDays: must be between 1 and 60 (got {rules.FollowUpAfterDays})");
        }

        return errors;
    }

    private static void ValidateCalendar(CalendarRules calendar, List<string> errors)
    {
        if (!TryFindTimeZone(calendar.TimeZone))
        {
            errors.Add($"$.calendar.timeZone: '{calendar.TimeZone}' is not a known time zone id (e.g. Asia/Shanghai)");
        }

        if (calendar.WorkingDays.Count == 0)
        {
            errors.Add("$.calendar.workingDays: at least one working day is required");
        }

        for (var i = 0; i < calendar.WorkingDays.Count; i++)
        {
            if (!Enum.TryParse<DayOfWeek>(calendar.WorkingDays[i], ignoreCase: true, out _) || int.TryParse(calendar.WorkingDays[i], out _))
            {
                errors.Add($"$.calendar.workingDays[{i}]: '{calendar.WorkingDays[i]}' is not a weekday name (monday … sunday)");
            }
        }

        var start = ParseTime(calendar.WorkingHours.Start);
        var end = ParseTime(calendar.WorkingHours.End);
        if (start is null)
        {
            errors.Add($"$.calendar.workingHours.start: '{calendar.WorkingHours.Start}' is not a time of day (HH:mm)");
        }

        if (end is null)
        {
            errors.Add($"$.calendar.workingHours.end: '{calendar.WorkingHours.End}' is not a time of day (HH:mm)");
        }

        if (start is not null && end is not null && end <= start)
        {
            errors.Add($"$.calendar.workingHours: end ({calendar.WorkingHours.End}) must be after start ({calendar.WorkingHours.Start})");
        }

        ValidateDates("$.calendar.holidays", calendar.Holidays, errors);
        ValidateDates("$.calendar.extraWorkingDays", calendar.ExtraWorkingDays, errors);
    }

    private static void ValidateDates(string path, List<string> dates, List<string> errors)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            if (ParseDate(dates[i]) is null)
            {
                errors.Add($"{path}[{i}]: '{dates[i]}' is not a date (yyyy-MM-dd)");
            }
        }
    }

    private static void ValidateRoute(string path, RouteRule route, TicketRules rules, List<string> errors)
    {
        if (!rules.Departments.ContainsKey(route.Department))
        {
            errors.Add($"{path}.department: '{route.Department}' is not in $.departments");
        }

        for (var i = 0; i < route.Supporting.Count; i++)
        {
            if (!rules.Departments.ContainsKey(route.Supporting[i]))
            {
                errors.Add($"{path}.supporting[{i}]: '{route.Supporting[i]}' is not in $.departments");
            }
        }
    }

    private static void ValidateGrading(GradingRules grading, List<string> errors)
    {
        ValidateUrgency("$.grading.defaultUrgency", grading.DefaultUrgency, errors);
        for (var i = 0; i < grading.KeywordRules.Count; i++)
        {
            var rule = grading.KeywordRules[i];
            var path = $"$.grading.keywordRules[{i}]";
            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                errors.Add($"{path}.name: a name is required (it is shown as the grading reason)");
            }

            if (rule.Words.Count == 0 || rule.Words.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"{path}.words: at least one word, none empty");
            }

            ValidateRaise(path, rule, errors);
        }

        if (grading.RepeatComplaints is { } repeat)
        {
            if (repeat.WithinDays < 1)
            {
                errors.Add($"$.grading.repeatComplaints.withinDays: must be at least 1 (got {repeat.WithinDays})");
            }

            if (repeat.AtLeast < 1)
            {
                errors.Add($"$.grading.repeatComplaints.atLeast: must be at least 1 (got {repeat.AtLeast})");
            }

            ValidateRaise("$.grading.repeatComplaints", repeat, errors);
        }

        if (grading.StrongAnger is { } anger)
        {
            if (anger.Emotions.Count == 0)
            {
                errors.Add("$.grading.strongAnger.emotions: at least one emotion id (e.g. angry)");
            }

            if (anger.MinimumConfidence is < 0 or > 1)
            {
                errors.Add($"$.grading.strongAnger.minimumConfidence: must be between 0 and 1 (got {anger.MinimumConfidence.ToString(CultureInfo.InvariantCulture)})");
            }

            ValidateRaise("$.grading.strongAnger", anger, errors);
        }

        foreach (var (tier, rule) in grading.CustomerTiers)
        {
            ValidateRaise($"$.grading.customerTiers.{tier}", rule, errors);
        }
    }

    private static void ValidateRaise(string path, RaiseRule rule, List<string> errors)
    {
        ValidateUrgency($"{path}.urgency", rule.Urgency, errors);
        if (rule.MinimumLevel is < TicketGrade.MinLevel or > TicketGrade.MaxLevel)
        {
            errors.Add($"{path}.minimumLevel: must be 1, 2 or 3 (got {rule.MinimumLevel})");
        }
    }

    private static void ValidateUrgency(string path, string value, List<string> errors)
    {
        if (TicketText.ParseUrgency(value) is null)
        {
            errors.Add($"{path}: '{value}' is not an urgency (urgent, general, complex)");
        }
    }

    private static void ValidateSpan(string path, DeadlineSpan span, List<string> errors)
    {
        var set = (span.Hours is null ? 0 : 1) + (span.BusinessHours is null ? 0 : 1) + (span.WorkingDays is null ? 0 : 1);
        if (set != 1)
        {
            errors.Add($"{path}: give exactly one of hours, businessHours, workingDays (got {set})");
            return;
        }

        if (span.Hours is <= 0 || span.BusinessHours is <= 0 || span.WorkingDays is <= 0)
        {
            errors.Add($"{path}: the length must be positive (got {span})");
        }
    }

    private static void ValidateLevels(TicketRules rules, List<string> errors)
    {
        for (var level = TicketGrade.MinLevel; level <= TicketGrade.MaxLevel; level++)
        {
            if (rules.Levels.Count(l => l.Level == level) != 1)
            {
                errors.Add($"$.levels: level {level} must appear exactly once");
            }
        }

        for (var i = 0; i < rules.Levels.Count; i++)
        {
            var rule = rules.Levels[i];
            var path = $"$.levels[{i}]";
            if (rule.Level is < TicketGrade.MinLevel or > TicketGrade.MaxLevel)
            {
                errors.Add($"{path}.level: must be 1, 2 or 3 (got {rule.Level})");
            }

            if (rule.Department is not null && !rules.Departments.ContainsKey(rule.Department))
            {
                errors.Add($"{path}.department: '{rule.Department}' is not in $.departments");
            }

            ValidateSpan($"{path}.respondWithin", rule.RespondWithin, errors);
            ValidateSpan($"{path}.resolveWithin", rule.ResolveWithin, errors);
        }
    }

    internal static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    internal static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool TryFindTimeZone(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
