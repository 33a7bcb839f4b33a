using AfterSalesBot.Bot.Classifiers;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Domain.Classifiers;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.TextAnalysis.Classification.Taxonomy;

namespace AfterSalesBot.Bot.Analysts;

/// <summary>The analyst workspace: re-tagging, retraining with the promotion gate and rollback, the review and report pages.</summary>
public static class AnalystsExtensions
{
    public static WebApplicationBuilder AddAnalysts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ClassifiersOptions>().BindConfiguration(ClassifiersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ICommentLabelStore, SqlCommentLabelStore>();
        builder.Services.AddSingleton<IClassifierModelStore, SqlClassifierModelStore>();
        builder.Services.AddSingleton(_ => CategoryTaxonomy.Load(CategoryTaxonomy.DefaultPath));
        builder.Services.AddSingleton<PromotedModelWatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PromotedModelWatcher>());
        builder.Services.AddSingleton<ModelTraining>();
        return builder;
    }

    public static WebApplication MapAnalysts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaffPage("/analyst/comments", "analyst/comments.html", Policies.Analysts);
        app.MapStaffPage("/analyst/reports", "analyst/reports.html", Policies.Analysts);
        app.MapAnalystEndpoints();
        app.MapModelEndpoints();
        return app;
    }
}
