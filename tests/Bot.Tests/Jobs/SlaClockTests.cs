using AfterSalesBot.Bot.Jobs;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Rules;
using AfterSalesBot.Domain.Tickets.Sla;
using AfterSalesBot.Storage.Stores;
using Microsoft.Extensions.Logging.Abstractions;

namespace AfterSalesBot.Bot.Tests.Jobs;

/// <summary>The SLA clock on a real database under a fake clock: warn at 80 %, escalate on breach, each exactly once.</summary>
public abstract class SlaClockTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : SlaDatabase
{
    private static readonly TicketWorkflow Workflow = new(TicketRulesLoader.LoadFile(Path.Combine(RepositoryPaths.Root, "config", "ticket-rules.json")));
    private static int _days;

    /// <summary>A fake clock on a day of its own, 10:00 Shanghai time on a weekday.</summary>
    private static FakeTimeProvider FreshClock() =>
        new(new DateTimeOffset(2032, 3, 1, 2, 0, 0, TimeSpan.Zero).AddDays(7 * Interlocked.Increment(ref _days)));

    private (TicketService Service, SqlTicketStore Store) Instance(TimeProvider clock)
    {
        var store = new SqlTicketStore(database.Connect());
        return (new TicketService(store, Workflow, clock), store);
    }

    private static SlaClock Job(ITicketStore store, RecordingNotifier notifier, string name) =>
        new(store, Workflow, notifier, NullLogger<SlaClock>.Instance) { Instance = name };

    private static NewComplaint Complaint(string description = "洗衣机不脱水，显示E21") =>
        new($"C{Guid.NewGuid():N}"[..14], "webchat", description, "product_quality", "repair");

    [Fact]
    public async Task The_owner_is_warned_at_80_percent_and_the_ticket_escalates_at_the_deadline_once()
    {
        var clock = FreshClock();
        var (service, store) = Instance(clock);
        var notifier = new RecordingNotifier();
        var job = Job(store, notifier, "a");
        var ticket = await service.OpenAsync(Complaint(), None);

        // General: first response due in 4 h; the warning is due at 3 h 12 min. Other tests' tickets share the
        // database, so what happened is read from this ticket's notifications.
        var sent = new List<int>();
        foreach (var at in new[] { TimeSpan.FromMinutes(191), TimeSpan.FromMinutes(192), TimeSpan.FromMinutes(200), TimeSpan.FromHours(4), TimeSpan.FromHours(5) })
        {
            await job.RunOnceAsync(clock.GetUtcNow() + at, None);
            sent.Add(notifier.Sent.Count(s => s.Number == ticket.Number));
        }

        var stored = (await store.GetAsync(ticket.Number, None))!;

        Assert.Equal([0, 1, 1, 2, 2], sent);
        Assert.Equal([(ticket.Number, SlaEventKind.ResponseWarning, "S1001", 1), (ticket.Number, SlaEventKind.ResponseBreach, "M2001", 2)], notifier.Sent.Where(s => s.Number == ticket.Number));
        Assert.Equal(2, stored.Grade.Level);
        Assert.Equal("middle_management", stored.Department);
        Assert.Equal(["after_sales_repair"], stored.SupportingDepartments);
        Assert.Equal(clock.GetUtcNow().AddHours(4 + 72), stored.ResponseDueAt);
        Assert.Equal(1, stored.History.Count(h => h.Kind == TicketEventKind.DeadlineWarning));
        Assert.Equal(1, stored.History.Count(h => h.Kind == TicketEventKind.Escalated));
        Assert.Equal(1, stored.History.Count(h => h.Kind == TicketEventKind.Reassigned));
    }

    [Fact]
    public async Task A_ticket_acknowledged_in_time_is_neither_warned_nor_escalated_for_its_first_response()
    {
        var clock = FreshClock();
        var (service, store) = Instance(clock);
        var notifier = new RecordingNotifier();
        var ticket = await service.OpenAsync(Complaint(), None);
        clock.Advance(TimeSpan.FromHours(1));
        await service.AcknowledgeAsync(ticket.Number, "S1001", None);

        await Job(store, notifier, "a").RunOnceAsync(clock.GetUtcNow().AddHours(10), None);

        Assert.DoesNotContain(notifier.Sent, s => s.Number == ticket.Number);
        Assert.Equal(1, (await store.GetAsync(ticket.Number, None))!.Grade.Level);
    }

    [Fact]
    public async Task Two_job_instances_running_together_warn_and_escalate_each_ticket_exactly_once()
    {
        var clock = FreshClock();
        var (service, _) = Instance(clock);
        var tickets = new List<Ticket>();
        for (var i = 0; i < 16; i++)
        {
            tickets.Add(await service.OpenAsync(Complaint(i % 2 == 0 ? "洗衣机不脱水" : "the dryer keeps stopping"), None));
        }

        var notifier = new RecordingNotifier();
        var first = Job(Instance(clock).Store, notifier, "instance-1");
        var second = Job(Instance(clock).Store, notifier, "instance-2");
        var numbers = tickets.Select(t => t.Number).ToHashSet();

        // Both instances wake at the same moments: past the warning, then past the deadline, several times each.
        foreach (var at in new[] { TimeSpan.FromMinutes(193), TimeSpan.FromMinutes(194), TimeSpan.FromHours(4.1), TimeSpan.FromHours(4.2) })
        {
            await Task.WhenAll(
                Task.Run(() => first.RunOnceAsync(clock.GetUtcNow() + at, None)),
                Task.Run(() => second.RunOnceAsync(clock.GetUtcNow() + at, None)),
                Task.Run(() => first.RunOnceAsync(clock.GetUtcNow() + at, None)),
                Task.Run(() => second.RunOnceAsync(clock.GetUtcNow() + at, None)));
        }

        var store = Instance(clock).Store;
        var sent = notifier.Sent.Where(s => numbers.Contains(s.Number)).ToList();
        Assert.Equal(16, sent.Count(s => s.Kind == SlaEventKind.ResponseWarning));
        Assert.Equal(16, sent.Count(s => s.Kind == SlaEventKind.ResponseBreach));
        foreach (var ticket in tickets)
        {
            var stored = (await store.GetAsync(ticket.Number, None))!;
            Assert.Equal(2, stored.Grade.Level);
            Assert.Equal(1, stored.History.Count(h => h.Kind == TicketEventKind.DeadlineWarning));
            Assert.Equal(1, stored.History.Count(h => h.Kind == TicketEventKind.Escalated));
        }
    }

    [Fact]
    public async Task An_overdue_ticket_climbs_to_level_3_and_then_only_records_breaches()
    {
        var clock = FreshClock();
        var (service, store) = Instance(clock);
        var notifier = new RecordingNotifier();
        var job = Job(store, notifier, "a");
        var ticket = await service.OpenAsync(Complaint(), None);

        // Nobody ever answers: 4 h → level 2 (72 h to respond) → level 3 (120 h) → recorded at the top.
        for (var hours = 1; hours <= 24 * 30; hours++)
        {
            await job.RunOnceAsync(clock.GetUtcNow().AddHours(hours), None);
        }

        var stored = (await store.GetAsync(ticket.Number, None))!;
        Assert.Equal(3, stored.Grade.Level);
        Assert.Equal("senior_management", stored.Department);
        Assert.Equal(2, stored.History.Count(h => h.Kind == TicketEventKind.Escalated));
        Assert.Equal(
            [SlaEventKind.ResponseBreach, SlaEventKind.ResolutionBreach],
            stored.History.Where(h => h.Kind == TicketEventKind.DeadlineBreached).Select(h => h.Detail.StartsWith("first-response", StringComparison.Ordinal) ? SlaEventKind.ResponseBreach : SlaEventKind.ResolutionBreach).Order());
    }

    private static CancellationToken None => CancellationToken.None;
}

public sealed class SqliteSlaClockTests(SlaDatabase.Sqlite database) : SlaClockTests<SlaDatabase.Sqlite>(database);

public sealed class PostgresSlaClockTests(SlaDatabase.Postgres database) : SlaClockTests<SlaDatabase.Postgres>(database);
