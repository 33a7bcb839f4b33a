using AfterSalesBot.Dialogs.Surveys;

namespace AfterSalesBot.Bot.Surveys;

/// <summary>
/// Builds the survey engine while the service starts: the definitions are read and the comment classifier is
/// loaded (or, on the very first start, trained from the seed corpus, which takes seconds), so the first customer
/// never waits for it and a problem shows at start, not in a conversation.
/// </summary>
internal sealed class SurveyEngineWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<SurveyEngine>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
