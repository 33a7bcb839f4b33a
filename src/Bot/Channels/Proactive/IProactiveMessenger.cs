using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Bot.Channels.Proactive;

/// <summary>
/// Messages the bot (or an agent speaking through it) sends into an existing conversation without a customer turn:
/// agent replies, survey invitations, ticket follow-ups. It does not touch the conversation's dialog state.
/// </summary>
public interface IProactiveMessenger
{
    /// <summary>
    /// Addresses <paramref name="activity"/> like a bot reply (from the bot unless <see cref="Activity.From"/> is set,
    /// to the conversation's customer, in its locale), records it in the transcript, wakes Direct Line readers on every
    /// instance, and posts it through the Connector for Bot Framework channels. Returns its transcript sequence.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such conversation.</exception>
    /// <exception cref="BotFramework.ConnectorException">The channel refused it or could not be reached (it stays in the transcript).</exception>
    Task<long> SendAsync(ConversationRef conversation, Activity activity, CancellationToken cancellationToken);

    /// <summary>Shows "typing…" to the customer; ephemeral, never stored. Direct Line only (Bot Framework channels get it through the Connector).</summary>
    Task SendTypingAsync(ConversationRef conversation, ChannelAccount? from, CancellationToken cancellationToken);
}
