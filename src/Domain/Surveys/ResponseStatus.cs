namespace AfterSalesBot.Domain.Surveys;

/// <summary>Where a survey response stands. Only Completed responses have finished = true.</summary>
public enum ResponseStatus
{
    InProgress = 0,
    Completed = 1,
    Abandoned = 2,
    Cancelled = 3,
}
