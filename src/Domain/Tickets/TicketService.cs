namespace AfterSalesBot.Domain.Tickets;

/// <summary>
/// What the intake dialog, the agent pages and the HTTP API call: open, read and work tickets. Each change reads the
/// ticket, applies the <see cref="TicketWorkflow"/> rule and saves with a version check, retrying when someone else
/// (another agent, the SLA clock) changed the ticket in between.
/// </summary>
public sealed class TicketService(ITicketStore store, TicketWorkflow workflow, TimeProvider timeProvider)
{
    private const int Attempts = 8;

    public TicketWorkflow Workflow => workflow;

    /// <summary>Opens a ticket from a complaint: validated, graded (repeat complaints counted), routed, numbered, with deadlines.</summary>
    public async Task<Ticket> OpenAsync(NewComplaint complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        Validate(complaint);
        if (complaint.IntakeKey is { } key && await store.FindByIntakeKeyAsync(key, cancellationToken).ConfigureAwait(false) is { } opened)
        {
            return opened;
        }

        var now = TicketWorkflow.Trim(timeProvider.GetUtcNow());
        var earlier = 0;
        if (workflow.Rules.Grading.RepeatComplaints is { } repeat)
        {
            earlier = await store.CountCustomerTicketsSinceAsync(complaint.CustomerId, now.AddDays(-repeat.WithinDays), cancellationToken).ConfigureAwait(false);
        }

        var grade = workflow.Grader.Grade(complaint, earlier);
        return await store.CreateAsync(workflow.Calendar.LocalDate(now), number => workflow.Open(number, complaint, grade, now), cancellationToken).ConfigureAwait(false);
    }

    public Task<Ticket?> GetAsync(string number, CancellationToken cancellationToken) => store.GetAsync(number, cancellationToken);

    public Task<IReadOnlyList<Ticket>> ListAsync(TicketQuery query, CancellationToken cancellationToken) =>
        store.ListAsync(query, timeProvider.GetUtcNow(), cancellationToken);

    /// <summary>A customer's own tickets (for "what's the status of my complaint"), most urgent first.</summary>
    public Task<IReadOnlyList<Ticket>> GetCustomerTicketsAsync(string customerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        return store.ListAsync(new TicketQuery(CustomerId: customerId), timeProvider.GetUtcNow(), cancellationToken);
    }

    public Task<Ticket> AcknowledgeAsync(string number, string staffId, CancellationToken cancellationToken) =>
        ChangeAsync(number, (t, now) => workflow.Acknowledge(t, staffId, now), cancellationToken);

    public Task<Ticket> AddRecordAsync(
        string number, string staffId, string action, decimal? cost, decimal? compensationAmount, string? approvalNumber, CancellationToken cancellationToken) =>
        ChangeAsync(number, (t, now) => workflow.AddRecord(t, new HandlingRecord(now, staffId, action, cost, compensationAmount, approvalNumber)), cancellationToken);

    public Task<Ticket> ResolveAsync(string number, string staffId, string summary, CancellationToken cancellationToken) =>
        ChangeAsync(number, (t, now) => workflow.Resolve(t, staffId, summary, now), cancellationToken);

    /// <summary>The customer's answer after resolution: solved → confirmed; not solved → reopened with a fresh solution deadline.</summary>
    public Task<Ticket> ConfirmAsync(string number, bool solved, bool? satisfied, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(number, (t, now) => workflow.Confirm(t, solved, satisfied, comment, now), cancellationToken);

    /// <summary>The follow-up answer: the fix held → closed; it did not → reopened.</summary>
    public Task<Ticket> FollowUpAsync(string number, bool held, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(number, (t, now) => workflow.FollowUp(t, held, comment, now), cancellationToken);

    public Task<Ticket> ReopenAsync(string number, string actor, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(number, (t, now) => workflow.Reopen(t, actor, reason, now), cancellationToken);

    public Task<Ticket> CloseAsync(string number, string staffId, CancellationToken cancellationToken) =>
        ChangeAsync(number, (t, now) => workflow.Close(t, staffId, now), cancellationToken);

    public Task<Ticket> OverrideGradeAsync(string number, string supervisor, Urgency? urgency, int? level, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(number, (t, now) => workflow.OverrideGrade(t, supervisor, urgency, level, reason, now), cancellationToken);

    private async Task<Ticket> ChangeAsync(string number, Func<Ticket, DateTimeOffset, TicketUpdate> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var ticket = await store.GetAsync(number, cancellationToken).ConfigureAwait(false) ?? throw new TicketNotFoundException(number);
            var update = change(ticket, timeProvider.GetUtcNow());
            try
            {
                return await store.SaveAsync(update, cancellationToken).ConfigureAwait(false);
            }
            catch (TicketConcurrencyException) when (attempt < Attempts)
            {
                // Someone else changed it between our read and write: redo the change on the fresh ticket.
            }
        }
    }

    private static void Validate(NewComplaint complaint)
    {
        Check(complaint.CustomerId, "customerId", 64);
        Check(complaint.Channel, "channel", 64);
        Check(complaint.Description, "description", 4000);
        Check(complaint.Category, "category", 64);
        Check(complaint.Demand, "demand", 64);
        if (complaint.EmotionConfidence is < 0 or > 1)
        {
            throw new TicketValidationException("emotionConfidence", "emotionConfidence must be between 0 and 1");
        }

        if (complaint.ContactTail is { } tail && (tail.Length > 4 || !tail.All(char.IsAsciiDigit)))
        {
            throw new TicketValidationException("contactTail", "contactTail keeps at most the last 4 digits of a call-back number");
        }

        if (complaint.IntakeKey is { Length: > 100 })
        {
            throw new TicketValidationException("intakeKey", "intakeKey is longer than 100 characters");
        }

        if (complaint.Product is { Length: > 200 })
        {
            throw new TicketValidationException("product", "product is longer than 200 characters");
        }
    }

    private static void Check(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new TicketValidationException(field, $"{field} is required");
        }

        if (value.Length > maxLength)
        {
            throw new TicketValidationException(field, $"{field} is longer than {maxLength} characters");
        }
    }
}
