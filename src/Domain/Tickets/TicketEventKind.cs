namespace AfterSalesBot.Domain.Tickets;

/// <summary>What a history entry records.</summary>
public enum TicketEventKind
{
    /// <summary>The ticket was opened, graded, routed and given deadlines.</summary>
    Opened = 0,

    /// <summary>The status changed (the entry carries from and to).</summary>
    StatusChanged = 1,

    /// <summary>A handling record was added (action, cost, compensation).</summary>
    RecordAdded = 2,

    /// <summary>A supervisor overrode the automatic grading; the reason is kept.</summary>
    GradeOverridden = 3,

    /// <summary>The SLA clock warned the owner that 80 % of a deadline has passed.</summary>
    DeadlineWarning = 4,

    /// <summary>A deadline passed: the ticket went up one escalation level and was reassigned.</summary>
    Escalated = 5,

    /// <summary>A deadline passed at the top escalation level: nobody left to escalate to, the breach is recorded.</summary>
    DeadlineBreached = 6,

    /// <summary>The customer answered whether the problem is solved and whether they are satisfied.</summary>
    CustomerConfirmation = 7,

    /// <summary>Owner or department changed.</summary>
    Reassigned = 8,
}
