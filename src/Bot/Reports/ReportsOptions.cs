using System.ComponentModel.DataAnnotations;
using AfterSalesBot.Domain.Security;

namespace AfterSalesBot.Bot.Reports;

/// <summary>Settings of the reports area (section "Reports").</summary>
public sealed class ReportsOptions
{
    public const string SectionName = "Reports";

    /// <summary>How often new answers, comments and labels are folded into the report aggregates (reports are at most this stale).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Secret for staff pseudonyms in exports that leave the team (at least 16 characters); without it, pseudonymised exports are refused.</summary>
    [MinLength(16)]
    public string? PseudonymKey { get; set; }

    /// <summary>Roles allowed to read unmasked comment text (each such read is written to the audit log).</summary>
    [MinLength(1)]
    public string[] PersonalDataRoles { get; set; } = [Roles.Supervisor, Roles.Admin];
}
