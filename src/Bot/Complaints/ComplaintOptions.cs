using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Complaints;

/// <summary>Complaints in chat (section <c>Complaints</c>): the intake and the questions sent after a resolution.</summary>
public sealed class ComplaintOptions
{
    public const string SectionName = "Complaints";

    /// <summary>Take complaints in chat (投诉 / complaint). Off: the bot says complaints are not taken online.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Send the confirmation and follow-up questions from this instance (safe in every instance: rows are claimed).</summary>
    public bool SendChecks { get; set; } = true;

    /// <summary>Seconds between looks for due questions.</summary>
    [Range(1, 3600)]
    public int CheckIntervalSeconds { get; set; } = 30;

    /// <summary>How long a claimed question is left to its sender before another instance may send it.</summary>
    [Range(10, 86400)]
    public int CheckLeaseSeconds { get; set; } = 300;

    /// <summary>Attempts before a question that keeps failing (channel gone) is given up and recorded as such.</summary>
    [Range(1, 100)]
    public int CheckMaxAttempts { get; set; } = 5;
}
