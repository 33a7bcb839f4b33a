namespace AfterSalesBot.Domain.Surveys;

/// <summary>Ends a response with a final status inside a turn commit.</summary>
public sealed record ResponseCompletion(Guid ResponseId, ResponseStatus Status, DateTimeOffset FinishedAt);
