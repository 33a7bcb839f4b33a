namespace AfterSalesBot.Domain.Alerts;

/// <summary>Where alerts go (the log, a webhook; chat or e-mail integrations plug in here).</summary>
public interface INotifier
{
    Task NotifyAsync(Alert alert, CancellationToken cancellationToken);
}
