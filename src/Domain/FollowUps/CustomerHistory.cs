namespace AfterSalesBot.Domain.FollowUps;

/// <summary>What churn detection looks at for one customer: mean rating of each completed survey (oldest first) and recent complaints.</summary>
public sealed record CustomerHistory(string CustomerId, IReadOnlyList<(DateTimeOffset FinishedAt, double MeanRating)> Surveys, int ComplaintsInWindow);
