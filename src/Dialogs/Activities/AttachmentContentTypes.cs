namespace AfterSalesBot.Dialogs.Activities;

/// <summary>Card content types Web Chat renders.</summary>
public static class AttachmentContentTypes
{
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
}
