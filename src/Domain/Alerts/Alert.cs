namespace AfterSalesBot.Domain.Alerts;

/// <summary>Something a person should act on. <paramref name="Key"/> names the cause; one cause alerts once.</summary>
public sealed record Alert(string Kind, string Key, string Message, DateTimeOffset RaisedAt);
