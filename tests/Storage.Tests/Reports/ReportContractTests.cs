using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Reports;

/// <summary>Report numbers against hand-computed fixtures, and aggregates equal to GROUP BY over raw tables, on every dialect.</summary>
public abstract class ReportContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ReportQuestions Questions = new(["speed", "resolution"], "nps");
    private static readonly DateTimeOffset March = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero); // a Monday

    // Before every fixture timestamp, so the data of earlier tests in the class never hides this test's from the catch-up.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private SqlReportStore Store => new(fixture.Dialect, _clock);

    private ReportWriter Writer => new(fixture.Dialect, _clock);

    private static Dictionary<string, string> Attributes(string customerType, string product, string staff) =>
        new() { ["customerType"] = customerType, ["product"] = product, ["staff"] = staff };

    /// <summary>The four responses of the hand-computed fixture (numbers worked out in the comments of the test below).</summary>
    private async Task<string> SeedFixtureAsync()
    {
        var survey = "fixture-" + Guid.NewGuid().ToString("N")[..8];
        var w = Writer;
        await w.ResponseAsync(survey, March, "webchat", ResponseStatus.Completed, Attributes("individual", "AC", "S01"),
            new Dictionary<string, decimal> { ["speed"] = 5, ["resolution"] = 4, ["nps"] = 10 }, ("slow_response", "negative"));
        await w.ResponseAsync(survey, March.AddDays(1), "webchat", ResponseStatus.Completed, Attributes("business", "AC", "S02"),
            new Dictionary<string, decimal> { ["speed"] = 2, ["resolution"] = 3, ["nps"] = 6 }, ("slow_response", "negative"), locale: "en-US");
        var r3 = await w.ResponseAsync(survey, March.AddDays(8), "wechat", ResponseStatus.Abandoned, Attributes("individual", "TV", "S01"),
            new Dictionary<string, decimal> { ["speed"] = 4 }, ("product_quality", "neutral"));
        await w.LabelAsync(r3, "unresolved", null, March.AddDays(9));
        await w.ResponseAsync(survey, March.AddDays(9), "webchat", ResponseStatus.InProgress, Attributes("individual", "TV", "S01"),
            new Dictionary<string, decimal> { ["resolution"] = 1, ["nps"] = 8 }, ("praise", "positive"));
        return survey;
    }

    [Fact]
    public async Task Summary_numbers_match_the_hand_computed_fixture_from_aggregates_and_from_raw_tables()
    {
        var survey = await SeedFixtureAsync();
        await Store.CatchUpAsync(None);
        var filter = new ReportFilter(survey) { From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 4, 1) };

        foreach (var cells in new[] { await Store.ReadCellsAsync(filter, None), await Store.ReadRawCellsAsync(filter, None) })
        {
            var s = ReportCalculator.Summarize(Questions, cells);
            Assert.Equal(4, s.Responses);
            Assert.Equal(2, s.Completed);
            Assert.Equal(0.5, s.CompletionRate);
            Assert.Null(s.ResponseRate); // invitations are not recorded yet
            // speed 5,2,4 → 11/3; resolution 4,3,1 → 8/3; overall = mean of the two means = 19/6.
            Assert.Equal(["speed", "resolution"], s.Dimensions.Select(d => d.QuestionId));
            Assert.Equal(11.0 / 3, s.Dimensions[0].Mean, 9);
            Assert.Equal(3, s.Dimensions[0].Count);
            Assert.Equal(8.0 / 3, s.Dimensions[1].Mean, 9);
            Assert.Equal("resolution", s.CoreWeakness!.QuestionId);
            Assert.Equal(19.0 / 6, s.Overall!.Value, 9);
            // Ratings of 4–5: 5, 4, 4 out of 6 dimension ratings.
            Assert.Equal(50.0, s.Csat!.Value, 9);
            // NPS answers 10 (promoter), 6 (detractor), 8 (passive): (1 − 1) / 3.
            Assert.Equal(0.0, s.Nps!.Value, 9);
            Assert.Equal(3, s.NpsAnswers);
            // Any score below 3: response 2 (speed 2) and response 4 (resolution 1).
            Assert.Equal(2, s.Flagged);
            // Comments: 2 × slow_response (negative), 1 relabelled unresolved (neutral), 1 praise (not a problem).
            Assert.Equal(4, s.Comments);
            Assert.Equal(["slow_response", "unresolved"], s.TopProblems.Select(p => p.Category));
            Assert.Equal(2, s.TopProblems[0].Count);
            Assert.Equal(0.5, s.TopProblems[0].Share, 9);
            Assert.Equal(1.0, s.TopProblems[0].Severity, 9);
            Assert.Equal(0.5, s.Priorities[0].Priority, 9);
            Assert.Equal(0.0, s.Priorities[1].Priority, 9);
        }
    }

    [Fact]
    public async Task Filters_trend_cross_analysis_and_monthly_table_match_the_fixture()
    {
        var survey = await SeedFixtureAsync();
        await Store.CatchUpAsync(None);
        var all = new ReportFilter(survey);

        var tv = ReportCalculator.Summarize(Questions, await Store.ReadCellsAsync(all with { Product = "TV" }, None));
        Assert.Equal(2, tv.Responses);
        Assert.Equal(0, tv.Completed);
        Assert.Equal(4.0, tv.Dimensions.Single(d => d.QuestionId == "speed").Mean, 9);
        Assert.Equal(1.0, tv.Dimensions.Single(d => d.QuestionId == "resolution").Mean, 9);

        var english = ReportCalculator.Summarize(Questions, await Store.ReadCellsAsync(all with { Locale = "en-US", StaffId = "S02" }, None));
        Assert.Equal(1, english.Responses);
        Assert.Equal(-100.0, english.Nps!.Value, 9);

        var cells = await Store.ReadCellsAsync(all, None);
        var weeks = ReportCalculator.Trend(Questions, cells, TrendGranularity.Week);
        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9)], weeks.Select(p => p.PeriodStart));
        Assert.Equal([2L, 2L], weeks.Select(p => p.Responses));
        // Week 1: speed 5,2 → 3.5; resolution 4,3 → 3.5.
        Assert.Equal(3.5, weeks[0].Overall!.Value, 9);

        var byType = ReportCalculator.Cross(Questions, cells, ReportAttribute.CustomerType);
        Assert.Equal([("individual", 3L), ("business", 1L)], byType.Select(r => (r.Value, r.Responses)));

        var monthly = ReportCalculator.Monthly(Questions, cells);
        Assert.Equal([("2026-03", "webchat", 3L, 2L), ("2026-03", "wechat", 1L, 0L)], monthly.Select(r => (r.Month, r.Channel, r.Responses, r.MajorComplaints)));
        // webchat: speed 5,2 → 3.5; resolution 4,3,1 → 8/3; mean of the two.
        Assert.Equal((3.5 + (8.0 / 3)) / 2, monthly[0].MeanSatisfaction!.Value, 9);
        Assert.Null(monthly[0].CustomersServed);
        Assert.Equal(["slow_response"], monthly[0].FrequentProblems);
    }

    [Fact]
    public async Task A_late_answer_and_a_relabel_are_folded_in_by_the_next_catch_up()
    {
        var survey = "late-" + Guid.NewGuid().ToString("N")[..8];
        var w = Writer;
        var id = await w.ResponseAsync(survey, March, "webchat", ResponseStatus.InProgress, Attributes("individual", "AC", "S01"),
            new Dictionary<string, decimal> { ["speed"] = 2 }, ("slow_response", "negative"));
        await Store.CatchUpAsync(None);
        _clock.Advance(TimeSpan.FromHours(1));

        await new SqlSurveyResponseStore(fixture.Dialect, _clock).RecordAnswerAsync(
            new AnswerRecord(id, "resolution", AnswerValue.FromNumber(5), "5", _clock.GetUtcNow()), None);
        await w.LabelAsync(id, "unresolved", "negative", _clock.GetUtcNow());
        Assert.Equal(1, await Store.CatchUpAsync(None));
        Assert.Equal(0, await Store.CatchUpAsync(None)); // nothing new: folding again changes nothing

        var s = ReportCalculator.Summarize(Questions, await Store.ReadCellsAsync(new ReportFilter(survey), None));
        Assert.Equal(1, s.Responses);
        Assert.Equal(3.5, s.Overall!.Value, 9);
        Assert.Equal("unresolved", Assert.Single(s.TopProblems).Category);
    }

    [Fact]
    public async Task Aggregates_equal_raw_group_by_after_random_writes_and_after_rebuild()
    {
        var survey = "random-" + Guid.NewGuid().ToString("N")[..8];
        var random = new Random(8);
        var w = Writer;
        var ids = new List<Guid>();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 25; i++)
            {
                var numbers = new Dictionary<string, decimal>();
                foreach (var q in new[] { "speed", "resolution" })
                {
                    if (random.Next(4) > 0)
                    {
                        numbers[q] = random.Next(1, 6);
                    }
                }

                if (random.Next(2) == 0)
                {
                    numbers["nps"] = random.Next(0, 11);
                }

                var categories = new[] { "slow_response", "unresolved", "praise", "price_refund" };
                ids.Add(await w.ResponseAsync(
                    survey,
                    March.AddDays(random.Next(40)).AddHours(random.Next(24)),
                    random.Next(2) == 0 ? "webchat" : "wechat",
                    (ResponseStatus)random.Next(3),
                    Attributes(random.Next(2) == 0 ? "individual" : "business", "P" + random.Next(3), "S0" + random.Next(4)),
                    numbers,
                    random.Next(3) == 0 ? null : (categories[random.Next(categories.Length)], random.Next(2) == 0 ? "negative" : "neutral")));
            }

            // Changes to responses already folded: relabels and late answers.
            for (var i = 0; i < 5; i++)
            {
                var id = ids[random.Next(ids.Count)];
                _clock.Advance(TimeSpan.FromMinutes(1));
                await w.LabelAsync(id, "communication", "negative", _clock.GetUtcNow());
                await new SqlSurveyResponseStore(fixture.Dialect, _clock).RecordAnswerAsync(
                    new AnswerRecord(id, "speed", AnswerValue.FromNumber(random.Next(1, 6)), null, _clock.GetUtcNow()), None);
            }

            await Store.CatchUpAsync(None);
            await AssertAggregatesEqualRawAsync(new ReportFilter(survey));
            await AssertAggregatesEqualRawAsync(new ReportFilter(survey) { From = new DateOnly(2026, 3, 10), To = new DateOnly(2026, 3, 20), Channel = "wechat" });
            await AssertAggregatesEqualRawAsync(new ReportFilter(survey) { StaffId = "S01" });
            await AssertAggregatesEqualRawAsync(new ReportFilter(survey) { From = new DateOnly(2026, 3, 5), CustomerType = "business", Product = "P1" });
        }

        await Store.RebuildAsync(None);
        await AssertAggregatesEqualRawAsync(new ReportFilter(survey));
        await AssertAggregatesEqualRawAsync(new ReportFilter(survey) { Channel = "webchat" });
    }

    [Fact]
    public async Task Comment_list_filters_searches_and_puts_lowest_confidence_first()
    {
        var survey = await SeedFixtureAsync();
        var comments = new SqlCommentReviewStore(fixture.Dialect);
        var all = await comments.ListCommentsAsync(new CommentQuery { SurveyId = survey }, None);
        Assert.Equal(4, all.Count);
        Assert.All(all, c => Assert.Equal(0.8, c.CategoryConfidence));

        var slow = await comments.ListCommentsAsync(new CommentQuery { SurveyId = survey, Category = "slow_response", Product = "AC" }, None);
        Assert.Equal(2, slow.Count);
        Assert.Contains(slow, c => c.Ratings["speed"] == 2 && c.CustomerType == "business" && c.StaffId == "S02");

        // The analyst's label wins over the machine's tag.
        var relabelled = Assert.Single(await comments.ListCommentsAsync(new CommentQuery { SurveyId = survey, Category = "unresolved" }, None));
        Assert.Equal("product_quality", relabelled.Category);
        Assert.Equal("unresolved", relabelled.LabelCategory);

        Assert.Single(await comments.ListCommentsAsync(new CommentQuery { SurveyId = survey, Search = "PRAISE" }, None));
        Assert.Empty(await comments.ListCommentsAsync(new CommentQuery { SurveyId = survey, Search = "%" }, None));
        Assert.Equal(2, (await comments.ListCommentsAsync(new CommentQuery { SurveyId = survey, MaxRating = 2 }, None)).Count);
        Assert.Single(await comments.ListCommentsAsync(new CommentQuery { SurveyId = survey, Rating = 10 }, None));
        Assert.Single(await comments.ListCommentsAsync(new CommentQuery { SurveyId = survey, From = new DateOnly(2026, 3, 3), To = new DateOnly(2026, 3, 4) }, None));
    }

    private async Task AssertAggregatesEqualRawAsync(ReportFilter filter)
    {
        var aggregated = await Store.ReadCellsAsync(filter, None);
        var raw = await Store.ReadRawCellsAsync(filter, None);
        Assert.Equal(Sorted(raw.Responses.Select(c => c.ToString())), Sorted(aggregated.Responses.Select(c => c.ToString())));
        Assert.Equal(
            Sorted(raw.Questions.Select(c => (c with { Total = Math.Round(c.Total, 6) }).ToString())),
            Sorted(aggregated.Questions.Select(c => (c with { Total = Math.Round(c.Total, 6) }).ToString())));
        Assert.Equal(Sorted(raw.Categories.Select(c => c.ToString())), Sorted(aggregated.Categories.Select(c => c.ToString())));
        Assert.NotEmpty(raw.Responses);
        AssertSameSummary(ReportCalculator.Summarize(Questions, raw), ReportCalculator.Summarize(Questions, await Store.ReadTotalsAsync(filter, None)));

        // Grouped reads (roll-ups or fine cells summed by the database) give the trend, cross-analysis and monthly table the raw rows give.
        var days = await Store.ReadGroupedAsync(filter, ReportGrouping.Days, None);
        foreach (var granularity in new[] { TrendGranularity.Week, TrendGranularity.Month })
        {
            Assert.Equal(Rounded(ReportCalculator.Trend(Questions, raw, granularity)), Rounded(ReportCalculator.Trend(Questions, days, granularity)));
        }

        foreach (var attribute in Enum.GetValues<ReportAttribute>())
        {
            var expected = ReportCalculator.Cross(Questions, raw, attribute);
            var actual = ReportCalculator.Cross(Questions, await Store.ReadGroupedAsync(filter, ReportGrouping.By(attribute), None), attribute);
            Assert.Equal(
                expected.Select(r => (r.Value, r.Responses, r.Completed, Round(r.Overall), Round(r.Csat), Round(r.Nps))),
                actual.Select(r => (r.Value, r.Responses, r.Completed, Round(r.Overall), Round(r.Csat), Round(r.Nps))));
        }

        var monthly = ReportCalculator.Monthly(Questions, await Store.ReadGroupedAsync(filter, ReportGrouping.MonthlyTable, None));
        Assert.Equal(
            ReportCalculator.Monthly(Questions, raw).Select(r => (r.Month, r.Team, r.ServiceStage, r.Channel, r.Responses, Round(r.MeanSatisfaction), string.Join(",", r.FrequentProblems), r.MajorComplaints)),
            monthly.Select(r => (r.Month, r.Team, r.ServiceStage, r.Channel, r.Responses, Round(r.MeanSatisfaction), string.Join(",", r.FrequentProblems), r.MajorComplaints)));
    }

    private static double? Round(double? value) => value.HasValue ? Math.Round(value.Value, 9) : null;

    private static List<(DateOnly, long, double?, double?, double?)> Rounded(IReadOnlyList<TrendPoint> points) =>
        [.. points.Select(p => (p.PeriodStart, p.Responses, Round(p.Overall), Round(p.Csat), Round(p.Nps)))];

    /// <summary>Period totals (roll-ups or summed cells) give the summary the raw rows give.</summary>
    private static void AssertSameSummary(SatisfactionSummary expected, SatisfactionSummary actual)
    {
        Assert.Equal((expected.Responses, expected.Completed, expected.Flagged, expected.Comments), (actual.Responses, actual.Completed, actual.Flagged, actual.Comments));
        Assert.Equal(expected.Dimensions.Select(d => (d.QuestionId, d.Count, Math.Round(d.Mean, 9))), actual.Dimensions.Select(d => (d.QuestionId, d.Count, Math.Round(d.Mean, 9))));
        Assert.Equal(expected.Overall.HasValue ? Math.Round(expected.Overall.Value, 9) : (double?)null, actual.Overall.HasValue ? Math.Round(actual.Overall.Value, 9) : null);
        Assert.Equal(expected.Csat, actual.Csat);
        Assert.Equal(expected.Nps, actual.Nps);
        Assert.Equal(expected.TopProblems.Select(p => (p.Category, p.Count)), actual.TopProblems.Select(p => (p.Category, p.Count)));
    }

    private static List<string> Sorted(IEnumerable<string> rows) => rows.Order(StringComparer.Ordinal).ToList();
}
