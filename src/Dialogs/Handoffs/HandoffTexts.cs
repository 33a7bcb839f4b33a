using System.Globalization;

namespace AfterSalesBot.Dialogs.Handoffs;

/// <summary>What the bot says around a hand-off, in Chinese and English. Placeholders as noted per text.</summary>
public sealed record HandoffTexts
{
    public static HandoffTexts Chinese { get; } = new()
    {
        OfferAfterLowRating = "很抱歉这次没能让您满意。需要现在为您转接人工客服吗？",
        OfferAfterNegativeComment = "很抱歉给您带来了不好的体验。需要现在为您转接人工客服吗？",
        Accept = "转人工",
        Decline = "不用了，继续",
        Declined = "好的，我们继续。",
        Queued = "正在为您转接人工客服，您排在第 {0} 位，预计等待约 {1} 分钟。等待期间您可以先把问题发给我们，客服接入后会看到。回复“取消”可回到问卷。",
        StillQueued = "您仍在排队，当前第 {0} 位，预计还需约 {1} 分钟。回复“取消”可回到问卷。",
        Callback = "抱歉，现在没有可以接待的客服。我们已经记下您的请求，客服主管会在 {0} 之前给您回电。",
        AgentJoined = "客服 {0} 已接入，您可以直接和 TA 交流。",
        HandedBack = "客服已将对话交还给我。",
        Ended = "本次人工服务已结束，感谢您的耐心！",
        Cancelled = "好的，已取消转人工。",
    };

    public static HandoffTexts English { get; } = new()
    {
        OfferAfterLowRating = "Sorry we didn't get this right. Would you like to talk to a person now?",
        OfferAfterNegativeComment = "Sorry about your experience. Would you like to talk to a person now?",
        Accept = "Talk to a person",
        Decline = "No, carry on",
        Declined = "OK, let's carry on.",
        Queued = "Connecting you to an agent: you are number {0} in line, about {1} min. You can write your question meanwhile; the agent will see it. Say \"cancel\" to go back to the survey.",
        StillQueued = "You're still in line: number {0}, about {1} min. Say \"cancel\" to go back to the survey.",
        Callback = "Sorry, no agent is free right now. We've noted your request and a supervisor will call you back by {0}.",
        AgentJoined = "{0} from our service team has joined the chat.",
        HandedBack = "The agent has handed you back to me.",
        Ended = "The conversation with our agent has ended. Thank you for your patience!",
        Cancelled = "OK, I've cancelled the request for a person.",
    };

    public required string OfferAfterLowRating { get; init; }

    public required string OfferAfterNegativeComment { get; init; }

    /// <summary>The button that accepts an offer (also understood when typed).</summary>
    public required string Accept { get; init; }

    /// <summary>The button that declines an offer (also understood when typed).</summary>
    public required string Decline { get; init; }

    public required string Declined { get; init; }

    /// <summary>{0} position in line (1 = next), {1} minutes.</summary>
    public required string Queued { get; init; }

    /// <summary>{0} position in line, {1} minutes.</summary>
    public required string StillQueued { get; init; }

    /// <summary>{0} when the call-back is due, in the customer's time.</summary>
    public required string Callback { get; init; }

    /// <summary>{0} the agent's display name.</summary>
    public required string AgentJoined { get; init; }

    public required string HandedBack { get; init; }

    public required string Ended { get; init; }

    public required string Cancelled { get; init; }

    /// <summary>The call-back promise with its due time in the customer's time zone.</summary>
    public string CallbackBy(DateTimeOffset due, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(due, zone);
        var when = ReferenceEquals(this, Chinese)
            ? local.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("MMM d, HH:mm", CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, Callback, when);
    }

    public static HandoffTexts For(string locale) => locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
