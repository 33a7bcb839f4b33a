using AfterSalesBot.Domain.Alerts;

namespace AfterSalesBot.Bot.Alerts;

/// <summary>Alerts as warnings in the log (always on).</summary>
public sealed partial class LoggingNotifier(ILogger<LoggingNotifier> logger) : INotifier
{
    public Task NotifyAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        LogAlert(logger, alert.Kind, alert.Key, alert.Message);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ALERT {Kind} ({Key}): {Message}")]
    private static partial void LogAlert(ILogger logger, string kind, string key, string message);
}
