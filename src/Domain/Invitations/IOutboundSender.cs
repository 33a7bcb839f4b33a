namespace AfterSalesBot.Domain.Invitations;

/// <summary>Hands messages to whatever reaches customers outside chat (an SMS or e-mail provider plugs in here).</summary>
public interface IOutboundSender
{
    /// <summary>Sends <paramref name="message"/>; a key sent before must not be delivered again.</summary>
    Task SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
