using AfterSalesBot.Bot.Classifiers;
using AfterSalesBot.Bot.Reports;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.TextAnalysis.Classification.Taxonomy;

namespace AfterSalesBot.Bot.Analysts;

/// <summary>
/// Re-tagging comments (one or many: stored as analyst labels with who and when, the machine's tags kept beside
/// them) and the tag vocabulary the review page offers.
/// </summary>
public static class AnalystEndpoints
{
    /// <summary>The most comments one bulk re-tag may touch.</summary>
    public const int MaxBulk = 500;

    public static IEndpointRouteBuilder MapAnalystEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/comments").WithTags("Comment review").RequireAuthorization(Policies.Analysts);
        group.MapPost("/labels", RelabelAsync).WithName("RelabelComments")
            .WithSummary("Re-tag one or many comments (ids ≤ 500): category, sentiment and/or emotion, stored as the caller's labels beside the machine's tags.");
        group.MapGet("/{id:long}/labels", HistoryAsync).WithName("CommentLabelHistory").WithSummary("Every re-tag of a comment: what, who, when.");
        group.MapGet("/taxonomy", Taxonomy).WithName("CommentTaxonomy").WithSummary("The categories (with zh/en names), sentiments and emotions a label may name.");
        return app;
    }

    private static async Task<IResult> RelabelAsync(
        RelabelRequest body, HttpContext context, ICommentLabelStore labels, ActiveTagger active, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var ids = body.Ids ?? [];
        if (ids.Count is 0 or > MaxBulk)
        {
            errors["ids"] = [$"give between 1 and {MaxBulk} comment ids"];
        }

        var label = new CommentLabel(Blank(body.Category), Blank(body.Sentiment), Blank(body.Emotion));
        if (label.IsEmpty)
        {
            errors["category"] = ["set a category, a sentiment or an emotion"];
        }

        if (label.Category is { } c && !active.Current.CategoryModel.Labels.Contains(c))
        {
            errors["category"] = [$"unknown category '{c}'"];
        }

        if (label.Sentiment is { } s && !CommentLabel.Sentiments.Contains(s))
        {
            errors["sentiment"] = ["sentiment must be " + string.Join(", ", CommentLabel.Sentiments)];
        }

        if (label.Emotion is { } e && !CommentLabel.Emotions.Contains(e))
        {
            errors["emotion"] = ["emotion must be " + string.Join(", ", CommentLabel.Emotions)];
        }

        if (errors.Count > 0)
        {
            return ReportQueryParser.Problem(errors);
        }

        var by = context.User.Identity?.Name ?? "(unknown)";
        var at = time.GetUtcNow();
        var count = await labels.RelabelAsync(ids, label, by, at, cancellationToken).ConfigureAwait(false);
        return count == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such comments.", detail: "None of the given comment ids exists.")
            : TypedResults.Ok(new RelabelResponse(count, by, at));
    }

    private static async Task<IResult> HistoryAsync(long id, ICommentLabelStore labels, CancellationToken cancellationToken) =>
        TypedResults.Ok(await labels.HistoryAsync(id, cancellationToken).ConfigureAwait(false));

    private static IResult Taxonomy(ActiveTagger active, CategoryTaxonomy taxonomy) =>
        TypedResults.Ok(new TaxonomyResponse(
            active.Current.CategoryModel.Labels.Select(id => new TaxonomyEntry(id, taxonomy.NameOf(id, "zh-CN"), taxonomy.NameOf(id, "en-US"))).ToList(),
            CommentLabel.Sentiments,
            CommentLabel.Emotions));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
