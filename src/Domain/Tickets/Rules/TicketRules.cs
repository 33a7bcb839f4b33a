namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>
/// Everything that decides how a complaint is graded, routed and timed, read from one JSON file
/// (config/ticket-rules.json). Load it with <see cref="TicketRulesLoader"/>, which validates it and names the path of every error.
/// </summary>
public sealed class TicketRules
{
    public int SchemaVersion { get; set; }

    public CalendarRules Calendar { get; set; } = new();

    /// <summary>Department id → its names and the staff id that owns its new tickets.</summary>
    public Dictionary<string, DepartmentRule> Departments { get; set; } = [];

    public RoutingRules Routing { get; set; } = new();

    public GradingRules Grading { get; set; } = new();

    public DeadlineRules Deadlines { get; set; } = new();

    /// <summary>Escalation levels 1..3 in order.</summary>
    public List<LevelRule> Levels { get; set; } = [];

    /// <summary>Days after the first resolution when the follow-up checks that the fix held (domain: 3).</summary>
    public int FollowUpAfterDays { get; set; } = 3;

    /// <summary>The level rule for <paramref name="level"/> (validated to exist for 1..3).</summary>
    public LevelRule Level(int level) => Levels.First(l => l.Level == level);
}
