using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Channels;

/// <summary>Settings shared by every channel (section <c>Channels</c>).</summary>
public sealed class ChannelsOptions
{
    public const string SectionName = "Channels";

    /// <summary>The locale used when neither the activity nor the conversation names a supported one.</summary>
    [Required]
    [RegularExpression("^(zh-CN|en-US)$", ErrorMessage = "Channels:DefaultLocale must be zh-CN or en-US.")]
    public string DefaultLocale { get; set; } = SupportedLocales.Chinese;

    /// <summary>Largest activity body accepted on /api/messages and Direct Line, in bytes; larger bodies get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Which turn handler answers: <c>default</c> (whatever the host registered as <c>ITurnHandler</c>, the
    /// greeting/echo handler if nothing else) or <c>echo</c> (always the greeting/echo handler: a diagnostic
    /// setting that measures the protocol path alone).
    /// </summary>
    [Required]
    [RegularExpression("^(default|echo)$", ErrorMessage = "Channels:TurnHandler must be 'default' or 'echo'.")]
    public string TurnHandler { get; set; } = "default";

    /// <summary>The bot's account id on our own Direct Line channel.</summary>
    [Required]
    public string BotId { get; set; } = "aftersales-bot";

    /// <summary>The bot's display name on our own Direct Line channel.</summary>
    [Required]
    public string BotName { get; set; } = "AfterSalesBot";
}
