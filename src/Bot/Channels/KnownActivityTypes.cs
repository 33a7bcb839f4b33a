using AfterSalesBot.Dialogs.Activities;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// The activity types of the Bot Framework activity spec. Anything else is refused with 400 before it is
/// recorded: a type no spec names is a client bug or a probe, not a customer.
/// </summary>
public static class KnownActivityTypes
{
    private static readonly HashSet<string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message,
        ActivityTypes.ConversationUpdate,
        ActivityTypes.Typing,
        ActivityTypes.EndOfConversation,
        ActivityTypes.Event,
        ActivityTypes.Invoke,
        ActivityTypes.MessageReaction,
        ActivityTypes.InstallationUpdate,
        "contactRelationUpdate",
        "deleteUserData",
        "messageUpdate",
        "messageDelete",
        "suggestion",
        "trace",
        "handoff",
        "command",
        "commandResult",
    };

    public static bool Contains(string? type) => type is not null && Types.Contains(type);
}
