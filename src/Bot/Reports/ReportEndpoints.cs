using AfterSalesBot.Bot.Security;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Storage.Exports;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Reports;

/// <summary>
/// The reports API: summary, trend, cross-analysis, monthly table, export, and the comment list. Analysts, supervisors
/// and admins (API key); comment text masked unless the caller's role has the personal-data right and asks with
/// <c>unmasked=true</c> (audited). Bad parameters → 400 problem details, an unknown survey → 404.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Analysts);
        reports.MapGet("/summary", SummaryAsync).WithName("ReportSummary")
            .WithSummary("Overview, overall score, dimension ranking, CSAT, NPS, top problems and priorities for a survey and period (from aggregates).");
        reports.MapGet("/trend", TrendAsync).WithName("ReportTrend").WithSummary("Numbers per week or month (granularity=week|month).");
        reports.MapGet("/cross", CrossAsync).WithName("ReportCross")
            .WithSummary("Numbers per customerType, product, staffId, channel, serviceStage, team or locale (by=...), with counts.");
        reports.MapGet("/monthly", MonthlyAsync).WithName("ReportMonthly").WithSummary("The monthly monitoring table: month × team × service stage × channel.");
        reports.MapGet("/export", ExportAsync).WithName("ReportExport")
            .WithSummary("The whole report as format=xlsx (one sheet per table, the monthly table its own sheet) or csv (UTF-8 with BOM).");
        app.MapGet("/api/comments", CommentsAsync).WithTags("Reports").WithName("ListComments").RequireAuthorization(Policies.Analysts)
            .WithSummary("Tagged comments with filters, lowest confidence first; text masked unless unmasked=true and the role allows it.");
        return app;
    }

    private static async Task<IResult> SummaryAsync(HttpRequest request, ReportBuilder builder, SurveyCatalog surveys, PersonalDataAccess access, IReportStore store, CancellationToken cancellationToken)
    {
        var (filter, questions, problem) = Read(request, surveys);
        if (problem is not null)
        {
            return problem;
        }

        var (masked, denied) = await MaskingAsync(request, access, "reports.summary", filter!.SurveyId, cancellationToken).ConfigureAwait(false);
        if (denied is not null)
        {
            return denied;
        }

        var (s, top) = await builder.SummaryAsync(questions!, filter, cancellationToken).ConfigureAwait(false);
        PeriodNumbers? previous = null;
        if (filter.PreviousPeriod() is { } before)
        {
            var p = ReportCalculator.Summarize(questions!, await store.ReadTotalsAsync(before, cancellationToken).ConfigureAwait(false));
            previous = new PeriodNumbers(before.From, before.To, p.Responses, p.Overall, p.Csat, p.Nps);
        }

        return TypedResults.Ok(new ReportSummaryResponse(
            filter.SurveyId, filter.From, filter.To, s.Responses, s.Completed, s.Invitations, s.ResponseRate, s.CompletionRate, s.Overall, s.Csat, s.Nps,
            s.Flagged, s.Comments, s.Dimensions,
            top.Select(t => new TopProblemResponse(
                t.Score.Category, t.Score.Count, t.Score.Share, t.Score.Severity, t.Score.Priority, t.Phrases,
                t.Examples.Select(e => new CommentExample(e.Id, masked ? PersonalDataAccess.Mask(e.Text) : e.Text)).ToList())).ToList(),
            s.Priorities,
            previous));
    }

    private static async Task<IResult> TrendAsync(HttpRequest request, SurveyCatalog surveys, IReportStore store, CancellationToken cancellationToken)
    {
        var (filter, questions, problem) = Read(request, surveys);
        if (problem is not null)
        {
            return problem;
        }

        var granularity = request.Query["granularity"].ToString() switch
        {
            "" or "week" => TrendGranularity.Week,
            "month" => TrendGranularity.Month,
            _ => (TrendGranularity?)null,
        };
        if (granularity is null)
        {
            return ReportQueryParser.Problem(new() { ["granularity"] = ["granularity must be week or month"] });
        }

        var cells = await store.ReadGroupedAsync(filter!, ReportGrouping.Days, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ReportCalculator.Trend(questions!, cells, granularity.Value));
    }

    private static async Task<IResult> CrossAsync(HttpRequest request, SurveyCatalog surveys, IReportStore store, CancellationToken cancellationToken)
    {
        var (filter, questions, problem) = Read(request, surveys);
        if (problem is not null)
        {
            return problem;
        }

        if (!Enum.TryParse<ReportAttribute>(request.Query["by"].ToString(), ignoreCase: true, out var by) || !Enum.IsDefined(by) || int.TryParse(request.Query["by"], out _))
        {
            return ReportQueryParser.Problem(new() { ["by"] = ["by must be one of " + string.Join(", ", Enum.GetNames<ReportAttribute>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))] });
        }

        var cells = await store.ReadGroupedAsync(filter!, ReportGrouping.By(by), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ReportCalculator.Cross(questions!, cells, by));
    }

    private static async Task<IResult> MonthlyAsync(HttpRequest request, SurveyCatalog surveys, IReportStore store, CancellationToken cancellationToken)
    {
        var (filter, questions, problem) = Read(request, surveys);
        if (problem is not null)
        {
            return problem;
        }

        var cells = await store.ReadGroupedAsync(filter!, ReportGrouping.MonthlyTable, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ReportCalculator.Monthly(questions!, cells));
    }

    private static async Task<IResult> ExportAsync(
        HttpRequest request, ReportBuilder builder, SurveyCatalog surveys, ICommentReviewStore comments, PersonalDataAccess access,
        IOptions<ReportsOptions> options, CancellationToken cancellationToken)
    {
        var (filter, questions, problem) = Read(request, surveys);
        if (problem is not null)
        {
            return problem;
        }

        var format = request.Query["format"].ToString();
        if (format is not ("xlsx" or "csv"))
        {
            return ReportQueryParser.Problem(new() { ["format"] = ["format must be xlsx or csv"] });
        }

        var pseudonymize = request.Query["pseudonymize"].ToString() is "true" or "1";
        if (pseudonymize && options.Value.PseudonymKey is null)
        {
            return ReportQueryParser.Problem(new() { ["pseudonymize"] = ["Reports:PseudonymKey is not configured on this server"] });
        }

        var (masked, denied) = await MaskingAsync(request, access, "reports.export", filter!.SurveyId, cancellationToken).ConfigureAwait(false);
        if (denied is not null)
        {
            return denied;
        }

        var report = await builder.BuildAsync(questions!, filter, cancellationToken).ConfigureAwait(false);
        var rows = await comments.ListCommentsAsync(ReportBuilder.CommentsOf(filter) with { Limit = 1000 }, cancellationToken).ConfigureAwait(false);
        var pseudonyms = pseudonymize ? new StaffPseudonyms(options.Value.PseudonymKey!) : null;
        var tables = ReportTables.Of(report, rows, new ExportOptions(
            masked ? PersonalDataAccess.Mask : t => t,
            pseudonyms is null ? s => s : pseudonyms.Of,
            request.Query["lang"].ToString().StartsWith("zh", StringComparison.OrdinalIgnoreCase)));
        var stream = new MemoryStream();
        if (format == "xlsx")
        {
            XlsxReportWriter.Write(stream, tables);
        }
        else
        {
            await CsvReportWriter.WriteAsync(stream, tables, cancellationToken).ConfigureAwait(false);
        }

        stream.Position = 0;
        var name = $"report-{filter.SurveyId}-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.{format}";
        return TypedResults.File(
            stream,
            format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
            name);
    }

    private static async Task<IResult> CommentsAsync(HttpRequest request, ICommentReviewStore store, PersonalDataAccess access, CancellationToken cancellationToken)
    {
        var (query, problem) = ReportQueryParser.Comments(request.Query);
        if (problem is not null)
        {
            return problem;
        }

        var (masked, denied) = await MaskingAsync(request, access, "comments.list", query!.SurveyId, cancellationToken).ConfigureAwait(false);
        if (denied is not null)
        {
            return denied;
        }

        var rows = await store.ListCommentsAsync(query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new CommentListResponse(
            query.Offset, query.Limit, masked, masked ? rows.Select(r => r.WithText(PersonalDataAccess.Mask(r.Text))).ToList() : rows));
    }

    private static (ReportFilter? Filter, ReportQuestions? Questions, IResult? Problem) Read(HttpRequest request, SurveyCatalog surveys)
    {
        var (filter, problem) = ReportQueryParser.Filter(request.Query);
        if (problem is not null)
        {
            return (null, null, problem);
        }

        var survey = surveys.FindLatest(filter!.SurveyId);
        return survey is null
            ? (null, null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown survey.", detail: $"No survey has the id '{filter.SurveyId}'."))
            : (filter, ReportQuestions.Of(survey), null);
    }

    /// <summary>Masked unless unmasked=true; unmasked=true without the right is 403; an unmasked read is audited first.</summary>
    private static async Task<(bool Masked, IResult? Denied)> MaskingAsync(HttpRequest request, PersonalDataAccess access, string action, string? subject, CancellationToken cancellationToken)
    {
        if (request.Query["unmasked"].ToString() is not ("true" or "1"))
        {
            return (true, null);
        }

        if (!access.IsAllowed(request.HttpContext.User))
        {
            return (true, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No right to personal data.", detail: "Your role may not read unmasked comment text."));
        }

        await access.AuditAsync(request.HttpContext.User, action, subject ?? request.QueryString.Value, cancellationToken).ConfigureAwait(false);
        return (false, null);
    }
}
