using System.Globalization;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Domain.Tickets;

namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>
/// The host's side of complaints in chat: after the engine decided a turn and before the runner commits it, opens
/// the filed ticket (idempotent by the intake id, so a retried turn finds the same ticket), applies a closure answer
/// (only while the ticket still waits for it, so a retry changes nothing twice), or looks up the customer's own
/// tickets, and puts the customer's reply where the engine left room for it.
/// </summary>
public sealed class ComplaintDesk(TicketService tickets)
{
    private const int StatusLimit = 5;

    public TicketService Tickets => tickets;

    /// <summary>Carries out <see cref="SurveyTurnResult.Complaint"/>; returns the result with the replies in place.</summary>
    public async Task<SurveyTurnResult> ApplyAsync(SurveyTurnResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Complaint is not { } effects)
        {
            return result;
        }

        var locale = result.State.Locale ?? "zh-CN";
        var inserts = new List<(int Index, Activity Reply)>();
        Ticket? opened = null;
        if (effects.Filed is { } filed)
        {
            opened = await tickets.OpenAsync(filed.Complaint, cancellationToken).ConfigureAwait(false);
            inserts.Add((filed.ReplyIndex, Activity.CreateMessage(Filed(opened, locale))));
            // Hand-off (issue 6): a complaint graded level >= 2 (safety, rights, public outcry) is offered a live agent
            // AFTER the turn commits, so the receipt is stored first: the committed outcome carries this ticket in
            // SurveyTurnOutcome.Result.Complaint.Opened; the hand-off service (IHandoffRequests.RequestAsync with
            // HandoffReasons.ComplaintEscalation) is called from the turn handler when Opened.Grade.Level >= 2.
        }

        if (effects.Answer is { } answer)
        {
            inserts.Add((answer.ReplyIndex, Activity.CreateMessage(await ApplyAnswerAsync(answer, locale, cancellationToken).ConfigureAwait(false))));
        }

        if (effects.Status is { } status)
        {
            var mine = await tickets.GetCustomerTicketsAsync(status.CustomerId, cancellationToken).ConfigureAwait(false);
            inserts.Add((status.ReplyIndex, Activity.CreateMessage(Status(mine, locale))));
        }

        var replies = result.Replies.ToList();
        foreach (var (index, reply) in inserts.OrderByDescending(i => i.Index))
        {
            replies.Insert(Math.Min(index, replies.Count), reply);
        }

        return result with { Replies = replies, Complaint = effects with { Opened = opened } };
    }

    /// <summary>"Your complaint is ticket T…; {department} first gets back to you by {time}."</summary>
    public string Filed(Ticket ticket, string locale)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Format(ComplaintTexts.For(locale).Filed, ticket.Number, DepartmentName(ticket.Department, locale), Time(ticket.ResponseDueAt, locale));
    }

    /// <summary>The customer's tickets: status, owning department and next deadline, most urgent first.</summary>
    public string Status(IReadOnlyList<Ticket> mine, string locale)
    {
        ArgumentNullException.ThrowIfNull(mine);
        var texts = ComplaintTexts.For(locale);
        if (mine.Count == 0)
        {
            return texts.StatusNone;
        }

        var lines = new List<string> { texts.StatusHeader };
        foreach (var ticket in mine.Take(StatusLimit))
        {
            var status = texts.Statuses.GetValueOrDefault(TicketText.Status(ticket.Status)) ?? TicketText.Status(ticket.Status);
            var deadline = ticket.NextDeadline is { } due ? Format(texts.StatusDeadline, Time(due, locale)) : string.Empty;
            lines.Add(Format(texts.StatusLine, ticket.Number, status, DepartmentName(ticket.Department, locale), deadline));
        }

        return string.Join('\n', lines);
    }

    private async Task<string> ApplyAnswerAsync(TicketAnswer answer, string locale, CancellationToken cancellationToken)
    {
        var texts = ComplaintTexts.For(locale);
        var ticket = await tickets.GetAsync(answer.TicketNumber, cancellationToken).ConfigureAwait(false);
        if (ticket is null)
        {
            return Format(texts.AlreadyRecorded, answer.TicketNumber);
        }

        if (answer.Kind == TicketCheckKind.Confirmation)
        {
            if (ticket.Status != TicketStatus.Resolved)
            {
                return Format(texts.AlreadyRecorded, ticket.Number);
            }

            ticket = await tickets.ConfirmAsync(ticket.Number, answer.Solved, answer.Satisfied, answer.Comment, cancellationToken).ConfigureAwait(false);
            return answer.Solved ? Format(texts.Thanks, ticket.Number) : Format(texts.Reopened, ticket.Number, Time(ticket.ResolutionDueAt, locale));
        }

        if (ticket.Status is not (TicketStatus.Resolved or TicketStatus.Confirmed))
        {
            return Format(texts.AlreadyRecorded, ticket.Number);
        }

        if (ticket.Status == TicketStatus.Resolved && answer.Solved)
        {
            // The customer never answered the confirmation; saying the fix held confirms it on the way to closing.
            await tickets.ConfirmAsync(ticket.Number, true, null, null, cancellationToken).ConfigureAwait(false);
        }

        ticket = ticket.Status == TicketStatus.Resolved && !answer.Solved
            ? await tickets.ConfirmAsync(ticket.Number, false, null, answer.Comment, cancellationToken).ConfigureAwait(false)
            : await tickets.FollowUpAsync(ticket.Number, answer.Solved, answer.Comment, cancellationToken).ConfigureAwait(false);
        return answer.Solved ? Format(texts.FollowUpClosed, ticket.Number) : Format(texts.Reopened, ticket.Number, Time(ticket.ResolutionDueAt, locale));
    }

    private string DepartmentName(string department, string locale) =>
        tickets.Workflow.Rules.Departments.TryGetValue(department, out var rule)
            ? rule.Names.GetValueOrDefault(locale) ?? rule.Names.Values.FirstOrDefault() ?? department
            : department;

    /// <summary>A deadline in the business calendar's time zone, with its UTC offset so nobody misreads it.</summary>
    private string Time(DateTimeOffset instant, string locale)
    {
        var zone = tickets.Workflow.Calendar.TimeZone;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var zoneText = string.Create(CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}");
        return locale.StartsWith("zh", StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"{local:yyyy年M月d日 HH:mm}（{zoneText}）")
            : string.Create(CultureInfo.InvariantCulture, $"{local:MMM d, yyyy HH:mm} ({zoneText})");
    }

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
