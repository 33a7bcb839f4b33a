using AfterSalesBot.Dialogs.Activities;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>
/// The body of <c>tokens/generate</c> (<c>{user, trustedOrigins}</c>) and of <c>POST conversations</c>
/// (<c>{user, locale}</c>, the locale from Web Chat's conversationStartProperties). Every field is optional.
/// </summary>
public sealed class ConversationParameters
{
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }

    public List<string>? TrustedOrigins { get; set; }
}
