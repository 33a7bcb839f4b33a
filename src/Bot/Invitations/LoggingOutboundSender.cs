using System.Collections.Concurrent;
using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>
/// Writes outbound messages to the log (Invitations:Sender = log): for trying the loop without a gateway. The key
/// check only holds within this process; use the outbox for anything real.
/// </summary>
public sealed partial class LoggingOutboundSender(ILogger<LoggingOutboundSender> logger) : IOutboundSender
{
    private readonly ConcurrentDictionary<string, bool> _sent = new(StringComparer.Ordinal);

    public Task SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_sent.TryAdd(message.Key, true))
        {
            // The contact itself stays out of the log; the customer id is pseudonymous.
            LogMessage(logger, message.Key, message.CustomerId, message.Route ?? "-", message.Body);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound {Key} to {CustomerId} via {Route}: {Body}")]
    private static partial void LogMessage(ILogger logger, string key, string customerId, string route, string body);
}
