using AfterSalesBot.Dialogs.Complaints;

namespace AfterSalesBot.Dialogs.Surveys.State;

/// <summary>
/// The state document of a conversation (JSON, <see cref="CurrentVersion"/> in <c>v</c>). It holds the answers
/// of the survey in progress but never "the current question": that is always derived from the answers
/// (<see cref="Domain.Surveys.Definitions.SurveyNavigator"/>), so progress can be rebuilt from them alone.
/// </summary>
public sealed class ConversationState
{
    public const int CurrentVersion = 1;

    public int V { get; set; } = CurrentVersion;

    /// <summary>The language the bot speaks in this conversation (zh-CN or en-US).</summary>
    public string? Locale { get; set; }

    /// <summary>True once the customer asked for a language ("English please"); the activity locale no longer decides.</summary>
    public bool LocaleChosen { get; set; }

    /// <summary>The survey in progress, or null.</summary>
    public SurveyProgress? Survey { get; set; }

    /// <summary>How the last survey of this conversation ended, or null if none ended yet.</summary>
    public FinishedSurvey? Finished { get; set; }

    /// <summary>When the customer last asked for a person.</summary>
    public DateTimeOffset? HumanRequestedAt { get; set; }

    /// <summary>An offer of a person waiting for an answer, or a hand-off the queue has; null otherwise.</summary>
    public Handoffs.HandoffState? Handoff { get; set; }

    /// <summary>The response in which a person was already offered (offered once per response, never again).</summary>
    public Guid? HandoffOfferedFor { get; set; }

    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>The complaint being taken in this conversation, or null.</summary>
    public ComplaintProgress? Complaint { get; set; }

    /// <summary>A fault the customer described in a survey comment, to be offered as a complaint when the survey ends.</summary>
    public ComplaintOffer? ComplaintOffer { get; set; }

    /// <summary>A closure question about a ticket the bot asked and the customer has not answered yet.</summary>
    public TicketCheck? TicketCheck { get; set; }
}
