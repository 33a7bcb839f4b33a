using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>A committed survey turn: what was stored, and what the engine decided (null for a redelivered activity, which runs nothing).</summary>
public sealed record SurveyTurnOutcome(TurnCommitResult Commit, SurveyTurnResult? Result);
