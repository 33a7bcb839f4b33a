using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Surveys;

/// <summary>A survey response with its answers keyed by question id.</summary>
public sealed record SurveyResponse(
    Guid Id,
    string SurveyId,
    int SurveyVersion,
    ConversationRef? Conversation,
    string? CustomerId,
    string ChannelId,
    string Locale,
    ResponseStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<StoredAnswer> Answers)
{
    /// <summary>True only for a response the customer completed.</summary>
    public bool Finished => Status == ResponseStatus.Completed;
}
