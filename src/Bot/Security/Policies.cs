using AfterSalesBot.Domain.Security;

namespace AfterSalesBot.Bot.Security;

/// <summary>Authorization policies by role, for every endpoint that needs one.</summary>
public static class Policies
{
    /// <summary>Agents, supervisors and admins: read tickets, record handling, resolve, reopen.</summary>
    public const string Staff = "staff";

    /// <summary>Supervisors and admins: override grading, reassign.</summary>
    public const string Supervisors = "supervisors";

    /// <summary>Analysts, supervisors and admins: reports and comment review.</summary>
    public const string Analysts = "analysts";

    /// <summary>Admins only.</summary>
    public const string Admins = "admins";

    /// <summary>Any signed-in staff user or API key, whatever the role.</summary>
    public const string AnyStaff = "any-staff";

    /// <summary>The cookie-only variant of a policy, used for pages (see <see cref="StaffPages"/>).</summary>
    public static string PagePolicy(string policy) => "page:" + policy;

    internal static readonly (string Name, string[] Roles)[] All =
    [
        (Staff, [Roles.Agent, Roles.Supervisor, Roles.Admin]),
        (Supervisors, [Roles.Supervisor, Roles.Admin]),
        (Analysts, [Roles.Analyst, Roles.Supervisor, Roles.Admin]),
        (Admins, [Roles.Admin]),
    ];
}
