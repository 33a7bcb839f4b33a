namespace AfterSalesBot.Bot.Invitations;

/// <summary>What invitations and reminders say (zh-CN, en-US). Plain, no hint that high scores are rewarded.</summary>
public static class InvitationTexts
{
    public static string Invite(string locale) => IsEnglish(locale)
        ? "Thank you for choosing us. May we have 2 minutes of your time for a few questions about the service you received? Reply \"stop\" any time."
        : "感谢您选择我们的服务。能否占用您 2 分钟，回答几个关于本次服务的问题？随时回复“退出”即可结束。";

    public static string Reminder(string locale) => IsEnglish(locale)
        ? "To improve our service, may we have 2 minutes of your time? This is our only reminder."
        : "为了改进我们的服务，能否占用您 2 分钟时间？这是唯一一次提醒。";

    public static string LinkWelcome(string locale) => IsEnglish(locale)
        ? "Thank you for taking the time. A few short questions about the service you received:"
        : "感谢您抽出时间。关于本次服务，有几个简短的问题：";

    public static string LinkInvite(string locale, string link) => Invite(locale) + " " + link;

    public static string LinkReminder(string locale, string link) => Reminder(locale) + " " + link;

    private static bool IsEnglish(string locale) => locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
