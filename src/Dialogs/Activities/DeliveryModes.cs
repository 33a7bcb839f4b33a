namespace AfterSalesBot.Dialogs.Activities;

/// <summary>Activity <c>deliveryMode</c> values.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";

    /// <summary>The replies come back in the HTTP response as <c>{"activities":[…]}</c>, not via serviceUrl.</summary>
    public const string ExpectReplies = "expectReplies";

    public const string Ephemeral = "ephemeral";
}
