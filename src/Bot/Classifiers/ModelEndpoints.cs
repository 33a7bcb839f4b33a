using AfterSalesBot.Bot.Reports;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Domain.Classifiers;

namespace AfterSalesBot.Bot.Classifiers;

/// <summary>Admins: model history, retrain with the promotion gate, roll back.</summary>
public static class ModelEndpoints
{
    private static readonly string[] Tasks = ["category", "sentiment", "emotion"];

    public static IEndpointRouteBuilder MapModelEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/models").WithTags("Classifier models").RequireAuthorization(Policies.Admins);
        group.MapGet("/", ListAsync).WithName("ListModels").WithSummary("Model history (all tasks, newest first) and the versions in use on this instance.");
        group.MapPost("/{task}/train", TrainAsync).WithName("TrainModel")
            .WithSummary("Retrain from the seed corpus plus analyst labels; promoted only if not worse on the fixed validation set (both scores returned).");
        group.MapPost("/{task}/rollback", RollbackAsync).WithName("RollbackModel")
            .WithSummary("Put the previously promoted model (or ?toVersion=) back in use; with none left, the shipped model.");
        return app;
    }

    private static async Task<IResult> ListAsync(IClassifierModelStore store, ActiveTagger active, CancellationToken cancellationToken) =>
        TypedResults.Ok(new { inUse = active.PromotedVersions, models = await store.ListAsync(null, cancellationToken).ConfigureAwait(false) });

    private static async Task<IResult> TrainAsync(string task, HttpContext context, ModelTraining training, CancellationToken cancellationToken)
    {
        if (!Tasks.Contains(task))
        {
            return ReportQueryParser.Problem(new() { ["task"] = ["task must be category, sentiment or emotion"] });
        }

        var info = await training.TrainAsync(task, context.User.Identity?.Name ?? "(unknown)", cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(info);
    }

    private static async Task<IResult> RollbackAsync(
        string task, string? toVersion, IClassifierModelStore store, PromotedModelWatcher watcher, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Tasks.Contains(task))
        {
            return ReportQueryParser.Problem(new() { ["task"] = ["task must be category, sentiment or emotion"] });
        }

        try
        {
            var restored = await store.RollbackAsync(task, toVersion, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await watcher.RefreshAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new { task, restored = restored?.Version ?? "shipped" });
        }
        catch (InvalidOperationException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing to roll back to.", detail: e.Message);
        }
    }
}
