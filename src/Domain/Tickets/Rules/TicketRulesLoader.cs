using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>
/// Reads the rules file in two stages: shape (JSON syntax, no unknown properties, right types) and meaning
/// (<see cref="TicketRulesValidator"/>). Any error throws <see cref="TicketRulesException"/> naming the path in the file.
/// </summary>
public static class TicketRulesLoader
{
    public const int SupportedSchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Loads and validates the file; the result is ready for the grader, router and deadline calculator.</summary>
    public static TicketRules LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new TicketRulesException(path, [$"the rules file does not exist (full path {Path.GetFullPath(path)})"]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates rules JSON; <paramref name="source"/> names it in error messages.</summary>
    public static TicketRules Parse(string json, string source)
    {
        TicketRules? rules;
        try
        {
            rules = JsonSerializer.Deserialize<TicketRules>(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null ? string.Empty : $"{ex.Path}: ";
            var line = ex.LineNumber is { } l ? $" (line {l + 1})" : string.Empty;
            throw new TicketRulesException(source, [$"{where}{FirstSentence(ex.Message)}{line}"]);
        }

        if (rules is null)
        {
            throw new TicketRulesException(source, ["$: the file holds no rules object"]);
        }

        var errors = TicketRulesValidator.Validate(rules);
        if (errors.Count > 0)
        {
            throw new TicketRulesException(source, errors);
        }

        return rules;
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: … | LineNumber: …"; the path is already given in front.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
