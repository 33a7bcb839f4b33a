using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Surveys;

/// <summary>What is known when a survey response begins.</summary>
public sealed record SurveyResponseStart(
    string SurveyId,
    int SurveyVersion,
    ConversationRef? Conversation,
    string? CustomerId,
    string ChannelId,
    string Locale,
    DateTimeOffset StartedAt);
