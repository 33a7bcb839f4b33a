using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>The hand-off queue and the agent console (configuration section <c>Handoff</c>; triggers under <c>Handoff:Triggers</c>).</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    /// <summary>A customer queued longer than this gets a call-back task instead (and is told when to expect the call).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an agent spends on one conversation, for the wait told to queued customers.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "02:00:00")]
    public TimeSpan AverageHandlingTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When a call-back is due after it is created (domain.md §2: within 24 h).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan CallbackDueAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An agent whose console sent no heartbeat for this long is no longer on duty.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan PresenceTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often each instance reads the queue's change counter to push updates to its consoles.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the queue job looks for customers who waited longer than <see cref="MaxWait"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The time zone in which customers are told when a call-back is due (IANA id).</summary>
    [Required]
    public string CustomerTimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>
    /// Also emit the Bot Framework <c>handoff.initiate</c> event (with the transcript attached) on Bot Framework channels,
    /// for an external contact centre behind Azure Bot Service; its <c>handoff.status</c> events are accepted either way.
    /// </summary>
    public bool EmitHandoffInitiate { get; set; }
}
