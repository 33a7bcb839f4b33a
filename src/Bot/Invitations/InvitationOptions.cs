using System.ComponentModel.DataAnnotations;
using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>Settings of section <c>Invitations</c>: the distribution rules and the scheduler that applies them.</summary>
public sealed class InvitationOptions
{
    public const string SectionName = "Invitations";

    /// <summary>Run the scheduler in this instance (every instance may; claims keep them apart).</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 3600)]
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>How long a claimed invitation stays with one worker before another may take it (a crash is recovered after this).</summary>
    [Range(10, 86400)]
    public int LeaseSeconds { get; set; } = 300;

    [Range(1, 10000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Deliveries tried before the invitation is given up as delivery_failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan Delay { get; set; } = TimeSpan.FromDays(3);

    public List<string> ImmediateChannels { get; set; } = ["chat", "online_chat", "webchat", "directline"];

    public TimeSpan ReminderDelay { get; set; } = TimeSpan.FromDays(2);

    [Range(0, 3650)]
    public int QuarantineDays { get; set; } = 30;

    public TimeOnly QuietFrom { get; set; } = new(21, 0);

    public TimeOnly QuietUntil { get; set; } = new(9, 0);

    [Required]
    public string DefaultTimeZone { get; set; } = "Asia/Shanghai";

    [RegularExpression("^(zh-CN|en-US)$")]
    public string DefaultLocale { get; set; } = "zh-CN";

    /// <summary>The survey an invitation starts when the service event names none.</summary>
    [Required]
    public string DefaultSurveyId { get; set; } = "aftersales-default";

    /// <summary>How long a personal survey link works (it also works only once).</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Key for signing survey links; set it (the same on every instance). Empty: a random key per process, links die with it.</summary>
    public string LinkSecret { get; set; } = string.Empty;

    /// <summary>Where customers reach this service, for the links (e.g. https://survey.example.com).</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";

    /// <summary>outbox (stored in outbound_messages for a gateway to pick up) or log (written to the log only).</summary>
    [RegularExpression("^(outbox|log)$")]
    public string Sender { get; set; } = "outbox";

    /// <summary>The response-rate target the reports compare against.</summary>
    [Range(0.0, 1.0)]
    public double ResponseRateTarget { get; set; } = 0.6;

    public InvitationPolicy ToPolicy() => new()
    {
        Delay = Delay,
        ImmediateChannels = ImmediateChannels,
        ReminderDelay = ReminderDelay,
        QuarantineDays = QuarantineDays,
        QuietFrom = QuietFrom,
        QuietUntil = QuietUntil,
        DefaultSurveyId = DefaultSurveyId,
        DefaultLocale = DefaultLocale,
        DefaultTimeZone = DefaultTimeZone,
    };
}
