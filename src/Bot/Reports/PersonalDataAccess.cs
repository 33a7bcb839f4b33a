using System.Security.Claims;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.TextAnalysis.Privacy;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Reports;

/// <summary>
/// Who may read comment text unmasked: callers whose role is in Reports:PersonalDataRoles, and only when they ask
/// for it (<c>unmasked=true</c>). Every unmasked read is written to the audit log before the data leaves.
/// </summary>
public sealed class PersonalDataAccess(IOptions<ReportsOptions> options, IAuditLog audit, TimeProvider time)
{
    /// <summary>Whether the caller's role carries the personal-data right.</summary>
    public bool IsAllowed(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return options.Value.PersonalDataRoles.Any(user.IsInRole);
    }

    /// <summary>Records an unmasked read.</summary>
    public Task AuditAsync(ClaimsPrincipal user, string action, string? subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return audit.RecordAsync(
            new AuditEntry(time.GetUtcNow(), user.Identity?.Name ?? "(unknown)", user.FindFirstValue(ClaimTypes.Role), action, subject, null),
            cancellationToken);
    }

    /// <summary>The text as a caller without the right sees it.</summary>
    public static string Mask(string text) => PersonalDataMasker.Mask(text).Text;
}
