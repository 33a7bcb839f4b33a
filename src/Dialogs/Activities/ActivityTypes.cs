namespace AfterSalesBot.Dialogs.Activities;

/// <summary>Activity <c>type</c> values. Channels may send others; receivers ignore types they do not know.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
    public const string InstallationUpdate = "installationUpdate";
}
