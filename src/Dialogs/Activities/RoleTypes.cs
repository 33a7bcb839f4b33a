namespace AfterSalesBot.Dialogs.Activities;

/// <summary><c>role</c> values of a <see cref="ChannelAccount"/>.</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
