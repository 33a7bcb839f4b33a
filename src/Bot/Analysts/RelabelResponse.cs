namespace AfterSalesBot.Bot.Analysts;

/// <summary>How many comments were re-tagged, by whom, when.</summary>
public sealed record RelabelResponse(int Labelled, string LabelledBy, DateTimeOffset LabelledAt);
