using AfterSalesBot.Domain.Classifiers;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.Storage.Tests.Reports;
using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Analysts;

/// <summary>Analyst labels, imported feedback and the model history with promotion and rollback, on every dialect.</summary>
public abstract class AnalystStoreContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset March = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(March);

    private ReportWriter Writer => new(fixture.Dialect, _clock);

    [Fact]
    public async Task Re_tagging_one_and_then_many_comments_keeps_the_machine_tags_and_the_text_and_records_who_and_when()
    {
        var survey = "labels-" + Guid.NewGuid().ToString("N")[..8];
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var response = await Writer.ResponseAsync(survey, March.AddHours(i), "webchat", ResponseStatus.Completed, new Dictionary<string, string>(), new Dictionary<string, decimal> { ["speed"] = 2 });
            ids.Add(await Writer.CommentAsync(response, "other", "neutral", $"快递第{i}天还没到", March.AddHours(i)));
        }

        var labels = new SqlCommentLabelStore(fixture.Dialect);
        Assert.Equal(1, await labels.RelabelAsync([ids[0]], new CommentLabel("logistics_delay", null, null), "ana", March.AddDays(1), None));
        Assert.Equal(3, await labels.RelabelAsync([.. ids, 999_999_999], new CommentLabel(null, "negative", "anxious"), "bob", March.AddDays(2), None));

        var rows = await new SqlCommentReviewStore(fixture.Dialect).ListCommentsAsync(new CommentQuery { SurveyId = survey }, None);
        var first = rows.Single(r => r.Id == ids[0]);
        Assert.Equal(("other", "neutral"), (first.Category, first.Sentiment)); // the machine's tags stay beside the label
        Assert.Equal(("logistics_delay", "negative", "anxious", "bob"), (first.LabelCategory, first.LabelSentiment, first.LabelEmotion, first.LabelledBy));
        Assert.Equal("快递第0天还没到", first.Text);
        Assert.All(rows.Where(r => r.Id != ids[0]), r => Assert.Null(r.LabelCategory));

        // Filters use the label where there is one.
        var delayed = await new SqlCommentReviewStore(fixture.Dialect).ListCommentsAsync(new CommentQuery { SurveyId = survey, Category = "logistics_delay" }, None);
        Assert.Equal([ids[0]], delayed.Select(r => r.Id));

        var history = await labels.HistoryAsync(ids[0], None);
        Assert.Equal(["ana", "bob"], history.Select(h => h.LabelledBy));
        Assert.Equal(March.AddDays(1), history[0].LabelledAt);
        Assert.Equal(("logistics_delay", (string?)null), (history[0].Category, history[0].Sentiment));

        var training = await new SqlClassifierModelStore(fixture.Dialect).AnalystLabelsAsync("category", None);
        Assert.Contains(training, t => t.CommentId == ids[0] && t.Label == "logistics_delay" && t.Text == "快递第0天还没到");
    }

    [Fact]
    public async Task The_flagged_view_lists_major_service_failures_first_then_low_scores()
    {
        var survey = "flagged-" + Guid.NewGuid().ToString("N")[..8];
        var calm = await Writer.ResponseAsync(survey, March, "webchat", ResponseStatus.Completed, new Dictionary<string, string>(), new Dictionary<string, decimal> { ["speed"] = 5 });
        await Writer.CommentAsync(calm, "praise", "positive", "都很好", March);
        var low = await Writer.ResponseAsync(survey, March, "webchat", ResponseStatus.Completed, new Dictionary<string, string>(), new Dictionary<string, decimal> { ["speed"] = 1 });
        var lowId = await Writer.CommentAsync(low, "slow_response", "negative", "太慢了", March);
        var leak = await Writer.ResponseAsync(survey, March, "webchat", ResponseStatus.Completed, new Dictionary<string, string>(), new Dictionary<string, decimal> { ["speed"] = 4 });
        var leakId = await Writer.CommentAsync(leak, "service_attitude", "negative", "我的个人信息被泄露了，天天接到骚扰电话", March);

        var rows = await new SqlCommentReviewStore(fixture.Dialect).ListCommentsAsync(new CommentQuery { SurveyId = survey, Flagged = true }, None);
        Assert.Equal([leakId, lowId], rows.Select(r => r.Id));
        Assert.True(rows[0].MajorFailure);
        Assert.False(rows[1].MajorFailure);
    }

    [Fact]
    public async Task Imported_feedback_is_stored_once_with_its_source_product_and_rating()
    {
        var store = new SqlFeedbackImportStore(fixture.Dialect);
        var source = "jd-" + Guid.NewGuid().ToString("N")[..6];
        var row = new ImportedComment("收到的空调外壳有裂缝", source, new DateOnly(2026, 3, 5), "AC", 1);
        var tags = new CommentTags("product_quality", ["product_quality"], 0.9, "negative", -0.9, "angry", 0.7, "tagger-test");
        Assert.True(await store.ImportAsync("imported-feedback", row, tags, March, None));
        Assert.False(await store.ImportAsync("imported-feedback", row, tags, March, None));

        var rows = await new SqlCommentReviewStore(fixture.Dialect).ListCommentsAsync(new CommentQuery { Source = source }, None);
        var comment = Assert.Single(rows);
        Assert.Equal((source, source, "AC", "product_quality"), (comment.Source, comment.Channel, comment.Product, comment.Category));
        Assert.Equal(1.0, comment.Ratings[ImportedFeedback.RatingQuestion]);
        Assert.Equal(new DateOnly(2026, 3, 5), comment.Day);

        var rated = await new SqlClassifierModelStore(fixture.Dialect).RatingLabelledAsync([ImportedFeedback.RatingQuestion], None);
        Assert.Contains(rated, r => r.CommentId == comment.Id && r.Label == "negative");
    }

    [Fact]
    public async Task A_candidate_is_kept_without_replacing_the_promoted_model_and_rollback_walks_back_to_the_shipped_model()
    {
        var store = new SqlClassifierModelStore(fixture.Dialect);
        var task = "emotion";
        NewClassifierModel Model(string version) => new(task, version, [1, 2, 3], 100, 5, 20, 0.7, 0.75, "seed-only", 0.69, 0.74, "admin");

        await store.AddAsync(Model("A"), promote: true, March, None);
        await store.AddAsync(Model("B"), promote: true, March.AddHours(1), None);
        var candidate = await store.AddAsync(Model("worse"), promote: false, March.AddHours(2), None);
        Assert.Equal(ModelStatuses.Candidate, candidate.Status);
        await store.AddAsync(Model("C"), promote: true, March.AddHours(3), None);
        Assert.Equal("C", (await store.PromotedVersionsAsync(None))[task]);

        Assert.Equal("B", (await store.RollbackAsync(task, null, March.AddHours(4), None))!.Version);
        Assert.Equal("B", (await store.PromotedVersionsAsync(None))[task]);
        Assert.Equal("A", (await store.RollbackAsync(task, null, March.AddHours(5), None))!.Version);
        Assert.Null(await store.RollbackAsync(task, null, March.AddHours(6), None)); // back to the shipped model
        Assert.False((await store.PromotedVersionsAsync(None)).ContainsKey(task));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RollbackAsync(task, null, March.AddHours(7), None));

        var history = await store.ListAsync(task, None);
        Assert.Equal(["C", "worse", "B", "A"], history.Select(h => h.Version));
        Assert.Equal([ModelStatuses.RolledBack, ModelStatuses.Candidate, ModelStatuses.RolledBack, ModelStatuses.RolledBack], history.Select(h => h.Status));

        // Naming a version brings back even a rolled-back model, after a new promotion.
        await store.AddAsync(Model("D"), promote: true, March.AddHours(8), None);
        Assert.Equal("C", (await store.RollbackAsync(task, "C", March.AddHours(9), None))!.Version);
        var promoted = Assert.Single(await store.PromotedAsync(None), p => p.Info.Task == task);
        Assert.Equal("C", promoted.Info.Version);
        Assert.Equal([1, 2, 3], promoted.Model);
    }
}
