using System.Text.RegularExpressions;

namespace AfterSalesBot.Domain.Tickets;

/// <summary>The wire names of ticket enums (snake_case, as in the API and the rules file).</summary>
public static partial class TicketText
{
    public static string Status(TicketStatus status) => Snake(status.ToString());

    public static string Urgency(Urgency urgency) => Snake(urgency.ToString());

    public static string Event(TicketEventKind kind) => Snake(kind.ToString());

    /// <summary>Parses a snake_case status name ("in_progress"); null when unknown.</summary>
    public static TicketStatus? ParseStatus(string? text) => Parse<TicketStatus>(text);

    /// <summary>Parses an urgency name ("urgent", "general", "complex"); null when unknown.</summary>
    public static Urgency? ParseUrgency(string? text) => Parse<Urgency>(text);

    private static T? Parse<T>(string? text)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Snake(value.ToString()), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static string Snake(string name) => Upper().Replace(name, "_$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Upper();
}
