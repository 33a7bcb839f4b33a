using AfterSalesBot.Bot.Classifiers;
using AfterSalesBot.Bot.Complaints;
using AfterSalesBot.Bot.Jobs;
using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.TextAnalysis.Classification.Tagging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Surveys;

/// <summary>
/// The survey engine in the host: settings (section <c>Surveys</c>), the definitions under <c>surveys/</c> loaded and
/// validated at start (an invalid file stops the start, naming the file and the question), the engine as the
/// turn handler of every channel, and the job that keeps abandoned surveys as partial responses.
/// </summary>
public static class SurveyEngineExtensions
{
    public static IHostApplicationBuilder AddSurveyEngine(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SurveyEngineOptions>().BindConfiguration(SurveyEngineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SurveyEngineOptions>, SurveyDefinitionsValidation>();
        services.AddSingleton(provider => SurveyCatalog.LoadDirectory(
            SurveyDefinitionsValidation.FullPath(provider.GetRequiredService<IOptions<SurveyEngineOptions>>().Value, provider.GetRequiredService<IHostEnvironment>())).Catalog);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAnswerInterpreter, RecognizerAnswerInterpreter>();
        // The shipped classifier (trained from the seed corpus at first start, then loaded from data/models).
        services.TryAddSingleton(_ => ShippedModels.LoadOrTrain());
        // New comments go through the promoted models where analysts' retraining produced one (PromotedModelWatcher).
        services.TryAddSingleton(provider => new ActiveTagger(provider.GetRequiredService<CommentTagger>()));
        services.TryAddSingleton<ICommentTagger>(provider => new ClassifierCommentTagger(provider.GetRequiredService<ActiveTagger>()));
        services.AddSingleton(provider => new SurveyEngine(
            provider.GetRequiredService<SurveyCatalog>(),
            provider.GetRequiredService<IAnswerInterpreter>(),
            provider.GetRequiredService<ICommentTagger>(),
            provider.GetRequiredService<IOptions<SurveyEngineOptions>>().Value)
        {
            Complaints = ComplaintsExtensions.CatalogFor(provider),
        });
        services.AddSingleton<SurveyTurnRunner>();
        services.AddSingleton<SurveyTurnHandler>();

        // Replaces the channels' greeting/echo handler, whichever of the two was registered first.
        services.Replace(ServiceDescriptor.Scoped<ITurnHandler>(provider => provider.GetRequiredService<SurveyTurnHandler>()));
        services.AddHostedService<SurveyEngineWarmup>();
        services.AddHostedService<AbandonedSurveysJob>();
        return builder;
    }
}
