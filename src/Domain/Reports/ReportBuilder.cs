namespace AfterSalesBot.Domain.Reports;

/// <summary>Assembles a <see cref="ReportDocument"/> from the aggregates (numbers) and a bounded sample of comments (phrases, examples).</summary>
public sealed class ReportBuilder(IReportStore reports, ICommentReviewStore comments, IKeyPhraseFinder phrases)
{
    /// <summary>How many recent comments the key phrases are mined from.</summary>
    public int PhraseSample { get; init; } = 1000;

    /// <summary>Typical comments per problem.</summary>
    public int ExamplesPerProblem { get; init; } = 3;

    /// <summary>The summary alone (what the summary endpoint needs), with top problems' phrases and examples.</summary>
    public async Task<(SatisfactionSummary Summary, IReadOnlyList<TopProblem> TopProblems)> SummaryAsync(ReportQuestions questions, ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var summary = ReportCalculator.Summarize(questions, await reports.ReadTotalsAsync(filter, cancellationToken).ConfigureAwait(false));
        return (summary, await TopProblemsAsync(summary, filter, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The whole report.</summary>
    public async Task<ReportDocument> BuildAsync(ReportQuestions questions, ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var summary = ReportCalculator.Summarize(questions, await reports.ReadTotalsAsync(filter, cancellationToken).ConfigureAwait(false));
        var days = await reports.ReadGroupedAsync(filter, ReportGrouping.Days, cancellationToken).ConfigureAwait(false);
        SatisfactionSummary? previous = null;
        if (filter.PreviousPeriod() is { } before)
        {
            previous = ReportCalculator.Summarize(questions, await reports.ReadTotalsAsync(before, cancellationToken).ConfigureAwait(false));
        }

        var cross = new Dictionary<ReportAttribute, IReadOnlyList<CrossRow>>();
        foreach (var attribute in Enum.GetValues<ReportAttribute>())
        {
            cross[attribute] = ReportCalculator.Cross(questions, await reports.ReadGroupedAsync(filter, ReportGrouping.By(attribute), cancellationToken).ConfigureAwait(false), attribute);
        }

        var monthly = await reports.ReadGroupedAsync(filter, ReportGrouping.MonthlyTable, cancellationToken).ConfigureAwait(false);
        return new ReportDocument(
            filter,
            questions,
            summary,
            previous,
            await TopProblemsAsync(summary, filter, cancellationToken).ConfigureAwait(false),
            ReportCalculator.Trend(questions, days, TrendGranularity.Week),
            ReportCalculator.Trend(questions, days, TrendGranularity.Month),
            cross,
            ReportCalculator.Monthly(questions, monthly));
    }

    /// <summary>The comment query that selects the comments of the responses a report filter covers.</summary>
    public static CommentQuery CommentsOf(ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new CommentQuery
        {
            SurveyId = filter.SurveyId,
            From = filter.From,
            To = filter.To,
            Channel = filter.Channel,
            CustomerType = filter.CustomerType,
            Product = filter.Product,
            StaffId = filter.StaffId,
        };
    }

    private async Task<IReadOnlyList<TopProblem>> TopProblemsAsync(SatisfactionSummary summary, ReportFilter filter, CancellationToken cancellationToken)
    {
        if (summary.TopProblems.Count == 0)
        {
            return [];
        }

        var scope = CommentsOf(filter);
        var sample = await comments.ListCommentsAsync(scope with { NewestFirst = true, Limit = PhraseSample }, cancellationToken).ConfigureAwait(false);
        var found = phrases.PhrasesByCategory(sample);
        var result = new List<TopProblem>();
        foreach (var problem in summary.TopProblems)
        {
            var examples = (await comments.ListCommentsAsync(
                scope with { Category = problem.Category, Sentiment = "negative", NewestFirst = true, Limit = ExamplesPerProblem },
                cancellationToken).ConfigureAwait(false)).ToList();
            if (examples.Count < ExamplesPerProblem)
            {
                var more = await comments.ListCommentsAsync(scope with { Category = problem.Category, NewestFirst = true, Limit = ExamplesPerProblem * 2 }, cancellationToken).ConfigureAwait(false);
                examples.AddRange(more.Where(m => examples.TrueForAll(e => e.Id != m.Id)).Take(ExamplesPerProblem - examples.Count));
            }

            result.Add(new TopProblem(problem, found.GetValueOrDefault(problem.Category) ?? [], examples));
        }

        return result;
    }
}
