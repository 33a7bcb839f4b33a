namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>Where a chat complaint intake started.</summary>
public static class ComplaintSources
{
    public const string Command = "command";
    public const string Menu = "menu";
    public const string Survey = "survey";
}
