namespace AfterSalesBot.Domain.Tickets;

/// <summary>The urgency that picks a ticket's deadlines (domain §2 deadline table).</summary>
public enum Urgency
{
    /// <summary>How-to questions, non-urgent faults: first response 4 h, solution 48 h.</summary>
    General = 0,

    /// <summary>Return to factory, cross-department work: first response 24 h, progress plan in 3 working days.</summary>
    Complex = 1,

    /// <summary>Safety hazards, strong complaints: first response 2 h, solution 24 h.</summary>
    Urgent = 2,
}
