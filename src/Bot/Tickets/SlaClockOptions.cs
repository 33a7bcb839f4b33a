using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Tickets;

/// <summary>The SLA clock background job (section "Tickets:SlaClock").</summary>
public sealed class SlaClockOptions
{
    /// <summary>Run the job in this instance. Every instance may run it: events are claimed so each fires once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between runs (deadline actions happen at most this late).</summary>
    [Range(1, 3600)]
    public int IntervalSeconds { get; set; } = 30;
}
