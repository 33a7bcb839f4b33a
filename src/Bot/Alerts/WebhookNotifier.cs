using AfterSalesBot.Domain.Alerts;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Alerts;

/// <summary>Alerts to the log and, when Alerts:WebhookUrl is set, as a JSON POST {kind, key, message, raisedAt} to it.</summary>
public sealed class WebhookNotifier(IHttpClientFactory http, LoggingNotifier log, IOptions<AlertOptions> options) : INotifier
{
    public async Task NotifyAsync(Alert alert, CancellationToken cancellationToken)
    {
        await log.NotifyAsync(alert, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(options.Value.WebhookUrl))
        {
            return;
        }

        using var client = http.CreateClient(nameof(WebhookNotifier));
        using var response = await client.PostAsJsonAsync(options.Value.WebhookUrl, alert, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }
}
