using System.Globalization;

namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// Computes every report number from aggregate cells (domain.md §3): dimension score = sum of ratings / number of
/// ratings; overall = mean of the dimension means; CSAT = share of 4–5 ratings over all dimension ratings, in %;
/// NPS = % promoters (9–10) − % detractors (0–6); completion rate = completed / responses; problem priority =
/// breadth (share of tagged comments) × severity (share of them that are negative). Pure and cheap: the cells are
/// already aggregated, so a report is a few passes over at most a few thousand rows.
/// </summary>
public static class ReportCalculator
{
    /// <summary>Categories that are not problems: praise, "other", and untagged comments.</summary>
    public static IReadOnlySet<string> NotProblems { get; } = new HashSet<string>(StringComparer.Ordinal) { "praise", "other", string.Empty };

    /// <summary>The overview of <paramref name="cells"/>. <paramref name="invitations"/> gives the response rate when known.</summary>
    public static SatisfactionSummary Summarize(ReportQuestions questions, ReportCells cells, long? invitations = null, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(cells);
        var responses = cells.Responses.Sum(c => c.Responses);
        var completed = cells.Responses.Sum(c => c.Completed);
        var dimensions = Dimensions(questions, cells.Questions);
        var problems = Problems(cells.Categories, out var comments);
        var nps = cells.Questions.Where(c => c.QuestionId == questions.NpsQuestion).ToList();
        return new SatisfactionSummary(
            responses,
            completed,
            invitations,
            invitations is > 0 ? (double)responses / invitations.Value : null,
            responses == 0 ? null : (double)completed / responses,
            Overall(dimensions),
            Csat(questions, cells.Questions),
            Nps(nps),
            nps.Sum(c => c.Answers),
            cells.Responses.Sum(c => c.Flagged),
            comments,
            dimensions,
            problems.OrderByDescending(p => p.Count).ThenBy(p => p.Category, StringComparer.Ordinal).Take(top).ToList(),
            problems.OrderByDescending(p => p.Priority).ThenByDescending(p => p.Count).ThenBy(p => p.Category, StringComparer.Ordinal).ToList());
    }

    /// <summary>The numbers per week or month, oldest first.</summary>
    public static IReadOnlyList<TrendPoint> Trend(ReportQuestions questions, ReportCells cells, TrendGranularity granularity)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var starts = cells.Responses.Select(c => PeriodStart(c.Key.Day, granularity)).Distinct().Order();
        return starts.Select(start =>
        {
            var part = cells.Where(k => PeriodStart(k.Day, granularity) == start);
            var summary = Summarize(questions, part);
            return new TrendPoint(start, summary.Responses, summary.Overall, summary.Csat, summary.Nps);
        }).ToList();
    }

    /// <summary>The numbers per value of one attribute, largest group first.</summary>
    public static IReadOnlyList<CrossRow> Cross(ReportQuestions questions, ReportCells cells, ReportAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var values = cells.Responses.Select(c => c.Key.ValueOf(attribute)).Distinct(StringComparer.Ordinal);
        return values.Select(value =>
            {
                var part = cells.Where(k => k.ValueOf(attribute) == value);
                var s = Summarize(questions, part);
                return new CrossRow(value, s.Responses, s.Completed, s.Overall, s.Csat, s.Nps, s.Dimensions);
            })
            .OrderByDescending(r => r.Responses)
            .ThenBy(r => r.Value, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The monthly monitoring table: one row per month × team × service stage × channel.</summary>
    public static IReadOnlyList<MonthlyRow> Monthly(ReportQuestions questions, ReportCells cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var groups = cells.Responses
            .Select(c => (Month: Month(c.Key.Day), c.Key.Team, c.Key.ServiceStage, c.Key.Channel))
            .Distinct()
            .OrderBy(g => g.Month, StringComparer.Ordinal)
            .ThenBy(g => g.Team, StringComparer.Ordinal)
            .ThenBy(g => g.ServiceStage, StringComparer.Ordinal)
            .ThenBy(g => g.Channel, StringComparer.Ordinal);
        return groups.Select(g =>
        {
            var part = cells.Where(k => Month(k.Day) == g.Month && k.Team == g.Team && k.ServiceStage == g.ServiceStage && k.Channel == g.Channel);
            var s = Summarize(questions, part, top: 3);
            return new MonthlyRow(
                g.Month, g.Team, g.ServiceStage, g.Channel, null, null, null, s.Responses, s.Overall,
                s.TopProblems.Select(p => p.Category).ToList(), s.Flagged, null, null);
        }).ToList();
    }

    /// <summary>The first day of the week (Monday) or month that contains <paramref name="day"/>.</summary>
    public static DateOnly PeriodStart(DateOnly day, TrendGranularity granularity) => granularity == TrendGranularity.Month
        ? new DateOnly(day.Year, day.Month, 1)
        : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static List<DimensionScore> Dimensions(ReportQuestions questions, IReadOnlyList<QuestionCell> cells)
    {
        var means = questions.Dimensions
            .Select((id, order) =>
            {
                var mine = cells.Where(c => c.QuestionId == id).ToList();
                var count = mine.Sum(c => c.Answers);
                return (Id: id, Order: order, Count: count, Mean: count == 0 ? double.NaN : mine.Sum(c => c.Total) / count);
            })
            .Where(d => d.Count > 0)
            .OrderByDescending(d => d.Mean)
            .ThenBy(d => d.Order)
            .ToList();
        return means.Select((d, i) => new DimensionScore(d.Id, d.Mean, d.Count, i + 1, i == means.Count - 1)).ToList();
    }

    private static double? Overall(List<DimensionScore> dimensions) => dimensions.Count == 0 ? null : dimensions.Average(d => d.Mean);

    private static double? Csat(ReportQuestions questions, IReadOnlyList<QuestionCell> cells)
    {
        var dimensionIds = questions.Dimensions.ToHashSet(StringComparer.Ordinal);
        var rated = cells.Where(c => dimensionIds.Contains(c.QuestionId)).ToList();
        var answers = rated.Sum(c => c.Answers);
        return answers == 0 ? null : 100.0 * rated.Sum(c => c.TopTwo) / answers;
    }

    private static double? Nps(List<QuestionCell> nps)
    {
        var answers = nps.Sum(c => c.Answers);
        return answers == 0 ? null : 100.0 * (nps.Sum(c => c.Promoters) - nps.Sum(c => c.Detractors)) / answers;
    }

    private static List<ProblemScore> Problems(IReadOnlyList<CategoryCell> cells, out long comments)
    {
        comments = cells.Where(c => c.Category.Length > 0).Sum(c => c.Comments);
        var total = comments;
        return cells
            .Where(c => !NotProblems.Contains(c.Category))
            .GroupBy(c => c.Category, StringComparer.Ordinal)
            .Select(g =>
            {
                var count = g.Sum(c => c.Comments);
                var negative = g.Where(c => c.Sentiment == "negative").Sum(c => c.Comments);
                var share = total == 0 ? 0 : (double)count / total;
                var severity = count == 0 ? 0 : (double)negative / count;
                return new ProblemScore(g.Key, count, share, negative, severity, share * severity);
            })
            .Where(p => p.Count > 0)
            .ToList();
    }
}
