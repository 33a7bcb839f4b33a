namespace AfterSalesBot.Domain.Invitations;

/// <summary>The distribution rules (domain.md §1); every value has the documented default.</summary>
public sealed record InvitationPolicy
{
    /// <summary>Time from completion to invitation (about 3 days after the order or ticket is completed).</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Service channels where the invitation goes at once (right after a chat).</summary>
    public IReadOnlyList<string> ImmediateChannels { get; init; } = ["chat", "online_chat", "webchat", "directline"];

    /// <summary>Time from the invitation to the one reminder for customers who have not finished the survey.</summary>
    public TimeSpan ReminderDelay { get; init; } = TimeSpan.FromDays(2);

    /// <summary>No customer is surveyed more than once in this many days.</summary>
    public int QuarantineDays { get; init; } = 30;

    /// <summary>Local time from which nothing is sent (customer's time zone).</summary>
    public TimeOnly QuietFrom { get; init; } = new(21, 0);

    /// <summary>Local time until which nothing is sent.</summary>
    public TimeOnly QuietUntil { get; init; } = new(9, 0);

    public string DefaultSurveyId { get; init; } = "aftersales-default";

    public string DefaultLocale { get; init; } = "zh-CN";

    public string DefaultTimeZone { get; init; } = "Asia/Shanghai";
}
