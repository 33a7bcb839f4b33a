using AfterSalesBot.Domain.Classifiers;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Classifiers;

/// <summary>
/// Keeps <see cref="ActiveTagger"/> on the promoted models: loads them at start and then polls the promoted versions
/// (one small query) every <see cref="ClassifiersOptions.ModelPollInterval"/>, so a promotion or rollback made on any
/// instance reaches every instance within that interval.
/// </summary>
public sealed partial class PromotedModelWatcher(
    IClassifierModelStore store, ActiveTagger active, IOptions<ClassifiersOptions> options, TimeProvider time, ILogger<PromotedModelWatcher> logger) : BackgroundService
{
    /// <summary>Loads the promoted models if they differ from the ones in use. Returns true when the tagger changed.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var versions = await store.PromotedVersionsAsync(cancellationToken).ConfigureAwait(false);
        var current = active.PromotedVersions;
        if (versions.Count == current.Count && versions.All(v => current.TryGetValue(v.Key, out var c) && c == v.Value))
        {
            return false;
        }

        var promoted = await store.PromotedAsync(cancellationToken).ConfigureAwait(false);
        active.Apply(promoted);
        LogSwitched(logger, string.Join(", ", promoted.Select(p => $"{p.Info.Task}={p.Info.Version}").DefaultIfEmpty("shipped models")));
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ModelPollInterval, time);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop tagging: the models in use stay until the next successful poll.
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Comment tagger now uses: {Models}")]
    private static partial void LogSwitched(ILogger logger, string models);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check for promoted classifier models; keeping the models in use")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
