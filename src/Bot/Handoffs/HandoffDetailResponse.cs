using AfterSalesBot.Domain.Handoffs;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>One hand-off with what the agent needs: the conversation so far and the survey answers with their tags.</summary>
/// <param name="Transcript">Messages after the requested sequence, oldest first.</param>
public sealed record HandoffDetailResponse(HandoffResponse Handoff, IReadOnlyList<TranscriptMessage> Transcript, IReadOnlyList<HandoffAnswer> Answers);
