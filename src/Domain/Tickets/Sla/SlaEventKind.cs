namespace AfterSalesBot.Domain.Tickets.Sla;

/// <summary>The four moments the SLA clock acts on: a warning at the warn fraction and a breach at the deadline, for each of the two deadlines.</summary>
public enum SlaEventKind
{
    ResponseWarning = 0,
    ResponseBreach = 1,
    ResolutionWarning = 2,
    ResolutionBreach = 3,
}
