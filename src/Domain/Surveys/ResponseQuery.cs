namespace AfterSalesBot.Domain.Surveys;

/// <summary>Filters for listing responses (export, reports). Null means "any".</summary>
public sealed record ResponseQuery(string? SurveyId = null, DateTimeOffset? From = null, DateTimeOffset? To = null);
