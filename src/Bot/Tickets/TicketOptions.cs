using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Tickets;

/// <summary>Settings of the ticket area (configuration section "Tickets").</summary>
public sealed class TicketOptions
{
    public const string SectionName = "Tickets";

    /// <summary>
    /// The rules file. A relative path is looked up under the content root first, then beside the service's binaries
    /// (where the build copies config/ticket-rules.json).
    /// </summary>
    [Required]
    public string RulesFile { get; set; } = "config/ticket-rules.json";

    public SlaClockOptions SlaClock { get; set; } = new();
}
