namespace AfterSalesBot.Bot.Complaints;

/// <summary>GET /api/complaints/labels: names by id and language, the escalation levels, and the server's time.</summary>
public sealed record TicketLabelsResponse(
    DateTimeOffset Now,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Departments,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Categories,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Demands,
    IReadOnlyList<int> Levels);
