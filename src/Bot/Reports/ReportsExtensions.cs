using AfterSalesBot.Bot.Security;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Storage.Stores;

namespace AfterSalesBot.Bot.Reports;

/// <summary>Reports and comment review: aggregates kept up to date in the background, the HTTP API, exports.</summary>
public static class ReportsExtensions
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IReportStore, SqlReportStore>(sp => ActivatorUtilities.CreateInstance<SqlReportStore>(sp, ReportAttributeQuestions.Default));
        builder.Services.AddSingleton<ICommentReviewStore, SqlCommentReviewStore>(sp => ActivatorUtilities.CreateInstance<SqlCommentReviewStore>(sp, ReportAttributeQuestions.Default));
        builder.Services.AddSingleton<IAuditLog, SqlAuditLog>();
        builder.Services.AddSingleton<IKeyPhraseFinder, KeyPhraseFinder>();
        builder.Services.AddSingleton<ReportBuilder>();
        builder.Services.AddSingleton<PersonalDataAccess>();
        builder.Services.AddHostedService<ReportCatchUpService>();
        builder.AddStaffSecurity();
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapReportEndpoints();
        return app;
    }
}
