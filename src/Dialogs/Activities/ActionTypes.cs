namespace AfterSalesBot.Dialogs.Activities;

/// <summary><see cref="CardAction.Type"/> values.</summary>
public static class ActionTypes
{
    /// <summary>Sends the action's value as the customer's message text.</summary>
    public const string ImBack = "imBack";

    /// <summary>Sends the value to the bot without showing it in the transcript.</summary>
    public const string PostBack = "postBack";

    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string DownloadFile = "downloadFile";
    public const string ShowImage = "showImage";
    public const string Signin = "signin";
    public const string PlayAudio = "playAudio";
    public const string PlayVideo = "playVideo";
    public const string Call = "call";
}
