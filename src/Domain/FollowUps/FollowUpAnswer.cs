using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Surveys;

namespace AfterSalesBot.Domain.FollowUps;

/// <summary>A recorded answer with what a call-back needs to know about its response.</summary>
public sealed record FollowUpAnswer(
    Guid ResponseId,
    string SurveyId,
    int SurveyVersion,
    string QuestionId,
    AnswerKind Kind,
    decimal? Number,
    string? Text,
    DateTimeOffset AnsweredAt,
    ConversationRef? Conversation,
    string? CustomerId,
    string Locale);
