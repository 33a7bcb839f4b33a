using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Surveys;

/// <summary>What is known when a survey response begins. The id is chosen by the caller (e.g. Guid.CreateVersion7) so a turn can start a response and record its first answer in one commit.</summary>
public sealed record SurveyResponseStart(
    Guid Id,
    string SurveyId,
    int SurveyVersion,
    ConversationRef? Conversation,
    string? CustomerId,
    string ChannelId,
    string Locale,
    DateTimeOffset StartedAt);
