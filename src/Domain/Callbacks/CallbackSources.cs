namespace AfterSalesBot.Domain.Callbacks;

/// <summary>Why a call-back task exists.</summary>
public static class CallbackSources
{
    /// <summary>The customer wanted a person and no agent could take the conversation in time.</summary>
    public const string Handoff = "handoff";

    /// <summary>A survey answer scored low (domain.md §2: apology call within 24 h).</summary>
    public const string LowScore = "low_score";

    /// <summary>The customer said yes to the survey's call-back question.</summary>
    public const string CallbackRequested = "callback_requested";

    /// <summary>The follow-up after a resolved ticket.</summary>
    public const string TicketFollowUp = "ticket_followup";

    /// <summary>The monthly verification sample.</summary>
    public const string Verification = "verification";

    /// <summary>A customer flagged for retention.</summary>
    public const string ChurnRisk = "churn_risk";

    public static IReadOnlyList<string> All { get; } = [Handoff, LowScore, CallbackRequested, TicketFollowUp, Verification, ChurnRisk];
}
