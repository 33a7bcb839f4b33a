namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>Finds sections written as null ("calendar": null), which deserialize without error but cannot be used.</summary>
internal static class TicketRulesNullCheck
{
    public static List<string> Find(TicketRules rules)
    {
        var errors = new List<string>();
        void Need(object? value, string path)
        {
            if (value is null)
            {
                errors.Add($"{path}: must not be null");
            }
        }

        void NeedItems<T>(IEnumerable<T?>? items, string path)
        {
            Need(items, path);
            var i = 0;
            foreach (var item in items ?? [])
            {
                Need(item, $"{path}[{i++}]");
            }
        }

        Need(rules.Calendar, "$.calendar");
        Need(rules.Departments, "$.departments");
        Need(rules.Routing, "$.routing");
        Need(rules.Grading, "$.grading");
        Need(rules.Deadlines, "$.deadlines");
        NeedItems(rules.Levels, "$.levels");
        if (rules.Calendar is { } calendar)
        {
            Need(calendar.TimeZone, "$.calendar.timeZone");
            NeedItems(calendar.WorkingDays, "$.calendar.workingDays");
            Need(calendar.WorkingHours, "$.calendar.workingHours");
            NeedItems(calendar.Holidays, "$.calendar.holidays");
            NeedItems(calendar.ExtraWorkingDays, "$.calendar.extraWorkingDays");
        }

        foreach (var (id, department) in rules.Departments ?? [])
        {
            Need(department, $"$.departments.{id}");
        }

        if (rules.Routing is { } routing)
        {
            Need(routing.Default, "$.routing.default");
            Need(routing.Categories, "$.routing.categories");
            foreach (var (category, route) in routing.Categories ?? [])
            {
                Need(route, $"$.routing.categories.{category}");
                if (route is not null)
                {
                    NeedItems(route.Supporting, $"$.routing.categories.{category}.supporting");
                }
            }

            if (routing.Default is { } fallback)
            {
                NeedItems(fallback.Supporting, "$.routing.default.supporting");
            }
        }

        if (rules.Grading is { } grading)
        {
            NeedItems(grading.KeywordRules, "$.grading.keywordRules");
            for (var i = 0; i < (grading.KeywordRules?.Count ?? 0); i++)
            {
                if (grading.KeywordRules![i] is { } rule)
                {
                    NeedItems(rule.Words, $"$.grading.keywordRules[{i}].words");
                }
            }

            Need(grading.CustomerTiers, "$.grading.customerTiers");
            foreach (var (tier, rule) in grading.CustomerTiers ?? [])
            {
                Need(rule, $"$.grading.customerTiers.{tier}");
            }

            if (grading.StrongAnger is { } anger)
            {
                NeedItems(anger.Emotions, "$.grading.strongAnger.emotions");
            }

            if (grading.Complex is { } complex)
            {
                NeedItems(complex.Categories, "$.grading.complex.categories");
                NeedItems(complex.Demands, "$.grading.complex.demands");
            }
        }

        if (rules.Deadlines is { } deadlines)
        {
            Need(deadlines.AcknowledgeWithin, "$.deadlines.acknowledgeWithin");
            foreach (var (name, deadline) in new[] { ("urgent", deadlines.Urgent), ("general", deadlines.General), ("complex", deadlines.Complex) })
            {
                Need(deadline, $"$.deadlines.{name}");
                if (deadline is not null)
                {
                    Need(deadline.FirstResponse, $"$.deadlines.{name}.firstResponse");
                    Need(deadline.Solution, $"$.deadlines.{name}.solution");
                }
            }
        }

        for (var i = 0; i < (rules.Levels?.Count ?? 0); i++)
        {
            if (rules.Levels![i] is { } level)
            {
                Need(level.RespondWithin, $"$.levels[{i}].respondWithin");
                Need(level.ResolveWithin, $"$.levels[{i}].resolveWithin");
                Need(level.Names, $"$.levels[{i}].names");
            }
        }

        return errors;
    }
}
