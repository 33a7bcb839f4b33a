namespace AfterSalesBot.Domain.Alerts;

/// <summary>Alerts raised so far, so each cause alerts once however many instances check.</summary>
public interface IAlertLog
{
    /// <summary>Records the alert; false when its key was raised before (then it must not be sent again).</summary>
    Task<bool> TryRaiseAsync(Alert alert, CancellationToken cancellationToken);
}
