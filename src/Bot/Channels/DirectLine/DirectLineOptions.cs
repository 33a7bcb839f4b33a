using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>Settings of our own Direct Line 3.0 server (section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret: authorises <c>tokens/generate</c> (and any call, like the real service) and keys
    /// the token signatures, so every instance sharing it accepts the same tokens and tokens survive a restart.
    /// Empty: a random key is made at start (tokens die with the process) and secret calls are refused.
    /// </summary>
    public string Secret { get; set; } = "";

    /// <summary>How long a token lives. DirectLineJS refreshes every 15 minutes, so keep it above that.</summary>
    [Range(typeof(TimeSpan), "00:16:00", "1.00:00:00", ErrorMessage = "DirectLine:TokenLifetime must be between 16 minutes and 1 day.")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often a WebSocket re-reads the transcript without a wake-up (replies appended by another instance).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "DirectLine:StreamPollInterval must be between 50 ms and 1 minute.")]
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Idle time after which an empty keep-alive frame goes out on a WebSocket.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "DirectLine:KeepAliveInterval must be between 1 second and 10 minutes.")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);
}
