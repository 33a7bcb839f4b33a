using AfterSalesBot.Domain.Security;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Rules;
using AfterSalesBot.Domain.Tickets.Sla;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Tickets;

/// <summary>The ticket and API-key store behaviour every dialect must have (a fresh, migrated database per class).</summary>
public abstract class TicketStoreContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TicketWorkflow Workflow = new(TicketRulesLoader.LoadFile(Path.Combine(RepositoryPaths.Root, "config", "ticket-rules.json")));
    private static int _days;

    private SqlTicketStore Store => new(fixture.Dialect);

    /// <summary>A clock on a day no other test of the class uses, so per-day numbers start at 0001.</summary>
    private static FakeTimeProvider FreshDay() =>
        new(new DateTimeOffset(2031, 1, 1, 2, 0, 0, TimeSpan.Zero).AddDays(Interlocked.Increment(ref _days)));

    private TicketService Service(TimeProvider clock) => new(Store, Workflow, clock);

    private static NewComplaint Complaint(string? customer = null, string? conversation = null, string description = "空调开机后不出冷风，设定16度也没变化，用了3个月") =>
        new(customer ?? $"C{Guid.NewGuid():N}"[..14], "webchat", description, "product_quality", "repair",
            "KFR-35GW", new DateOnly(2025, 12, 1), "anxious", 0.7, null, conversation ?? Guid.NewGuid().ToString("N"), "zh-CN", "1234");

    [Fact]
    public async Task An_opened_ticket_reads_back_with_every_field()
    {
        var clock = FreshDay();
        var opened = await Service(clock).OpenAsync(Complaint(), None);

        var read = await Store.GetAsync(opened.Number, None);

        Assert.NotNull(read);
        Assert.Equal(TicketNumber.Format(DateOnly.FromDateTime(clock.GetUtcNow().AddHours(8).Date), 1), read.Number);
        Assert.Equal(1, read.Version);
        Assert.Equal(opened.CustomerId, read.CustomerId);
        Assert.Equal("空调开机后不出冷风，设定16度也没变化，用了3个月", read.Description);
        Assert.Equal(new DateOnly(2025, 12, 1), read.PurchaseDate);
        Assert.Equal("KFR-35GW", read.Product);
        Assert.Equal("1234", read.ContactTail);
        Assert.Equal(opened.Grade.Reasons, read.Grade.Reasons);
        Assert.Equal("after_sales_repair", read.Department);
        Assert.Equal("S1001", read.Owner);
        Assert.Equal(TicketStatus.New, read.Status);
        Assert.Equal(clock.GetUtcNow(), read.CreatedAt);
        Assert.Equal(clock.GetUtcNow().AddHours(4), read.ResponseDueAt);
        Assert.Equal(clock.GetUtcNow().AddHours(48), read.ResolutionDueAt);
        Assert.Equal(TicketEventKind.Opened, Assert.Single(read.History).Kind);
    }

    [Fact]
    public async Task Numbers_are_unique_and_gap_free_per_day_when_opened_concurrently()
    {
        var clock = FreshDay();
        var service = Service(clock);

        var tickets = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => service.OpenAsync(Complaint(), None)));

        var day = DateOnly.FromDateTime(clock.GetUtcNow().AddHours(8).Date);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => TicketNumber.Format(day, i)), tickets.Select(t => t.Number).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Changes_history_records_and_confirmation_round_trip()
    {
        var clock = FreshDay();
        var service = Service(clock);
        var ticket = await service.OpenAsync(Complaint(), None);
        clock.Advance(TimeSpan.FromMinutes(20));
        await service.AddRecordAsync(ticket.Number, "S1001", "coupon as compensation", 12.5m, 200m, "WC20240501001", None);
        clock.Advance(TimeSpan.FromHours(2));
        await service.ResolveAsync(ticket.Number, "S1001", "replaced compressor", None);
        clock.Advance(TimeSpan.FromHours(1));
        await service.ConfirmAsync(ticket.Number, solved: true, satisfied: false, "修好了但等太久", None);

        var read = (await Store.GetAsync(ticket.Number, None))!;

        Assert.Equal(TicketStatus.Confirmed, read.Status);
        Assert.Equal(4, read.Version);
        var record = Assert.Single(read.Records);
        Assert.Equal(("S1001", "coupon as compensation", 12.5m, 200m, "WC20240501001"), (record.StaffId, record.Action, record.Cost!.Value, record.CompensationAmount!.Value, record.ApprovalNumber));
        Assert.Equal(
            [TicketEventKind.Opened, TicketEventKind.StatusChanged, TicketEventKind.StatusChanged, TicketEventKind.RecordAdded, TicketEventKind.StatusChanged, TicketEventKind.CustomerConfirmation, TicketEventKind.StatusChanged],
            read.History.Select(h => h.Kind));
        Assert.Equal(TicketStatus.Confirmed, read.History[^1].ToStatus);
        Assert.Equal(clock.GetUtcNow(), read.History[^1].At);
        Assert.Equal(new CustomerConfirmation(clock.GetUtcNow(), true, false, "修好了但等太久"), read.Confirmation);
        Assert.Equal(clock.GetUtcNow().AddHours(-1).AddDays(3), read.FollowUpDueAt);
    }

    [Fact]
    public async Task A_write_on_a_stale_version_is_refused_and_changes_nothing()
    {
        var service = Service(FreshDay());
        var ticket = await service.OpenAsync(Complaint(), None);
        await service.AcknowledgeAsync(ticket.Number, "S1001", None);

        await Assert.ThrowsAsync<TicketConcurrencyException>(() => Store.SaveAsync(Workflow.Resolve(ticket, "S1001", "stale", ticket.CreatedAt), None));
        await Assert.ThrowsAsync<TicketNotFoundException>(() => Store.SaveAsync(Workflow.Acknowledge(ticket with { Number = "T20990101-0001" }, "S1", ticket.CreatedAt), None));
        Assert.Equal(TicketStatus.Acknowledged, (await Store.GetAsync(ticket.Number, None))!.Status);
    }

    [Fact]
    public async Task Agents_recording_at_the_same_time_lose_no_record()
    {
        var service = Service(FreshDay());
        var ticket = await service.OpenAsync(Complaint(), None);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => service.AddRecordAsync(ticket.Number, $"S10{i}", $"call {i}", null, null, null, None))));

        var read = (await Store.GetAsync(ticket.Number, None))!;
        Assert.Equal(["call 0", "call 1", "call 2", "call 3"], read.Records.Select(r => r.Action).Order(StringComparer.Ordinal));
        Assert.Equal(TicketStatus.InProgress, read.Status);
        Assert.Equal(1, read.History.Count(h => h.ToStatus == TicketStatus.Acknowledged));
    }

    [Fact]
    public async Task Listing_filters_by_conversation_and_status_and_puts_overdue_first()
    {
        var clock = FreshDay();
        var service = Service(clock);
        var conversation = Guid.NewGuid().ToString("N");
        var general = await service.OpenAsync(Complaint(conversation: conversation), None);
        clock.Advance(TimeSpan.FromHours(1));
        var urgent = await service.OpenAsync(Complaint(conversation: conversation, description: "插座冒烟了"), None);
        clock.Advance(TimeSpan.FromHours(1));
        var done = await service.OpenAsync(Complaint(conversation: conversation), None);
        await service.ResolveAsync(done.Number, "S1001", "fixed", None);
        await service.OpenAsync(Complaint(), None);
        clock.Advance(TimeSpan.FromHours(2));

        var all = await service.ListAsync(new TicketQuery(ConversationId: conversation), None);
        var resolved = await service.ListAsync(new TicketQuery(ConversationId: conversation, Status: TicketStatus.Resolved), None);

        // The urgent one (due 2 h after opening) is overdue and comes first, before the older general one.
        Assert.Equal([urgent.Number, general.Number, done.Number], all.Select(t => t.Number));
        Assert.Equal([done.Number], resolved.Select(t => t.Number));
    }

    [Fact]
    public async Task Follow_ups_are_due_three_days_after_resolution()
    {
        var clock = FreshDay();
        var service = Service(clock);
        var resolved = await service.OpenAsync(Complaint(), None);
        var open = await service.OpenAsync(Complaint(), None);
        await service.ResolveAsync(resolved.Number, "S1001", "fixed", None);
        var start = clock.GetUtcNow();

        var early = await service.ListAsync(new TicketQuery(FollowUpDueBy: start.AddDays(3).AddMinutes(-1)), None);
        var due = await service.ListAsync(new TicketQuery(FollowUpDueBy: start.AddDays(3)), None);

        Assert.DoesNotContain(early, t => t.Number == resolved.Number);
        Assert.Contains(due, t => t.Number == resolved.Number);
        Assert.DoesNotContain(due, t => t.Number == open.Number);
    }

    [Fact]
    public async Task Earlier_complaints_of_the_customer_are_counted_for_the_repeat_rule()
    {
        var clock = FreshDay();
        var service = Service(clock);
        var customer = $"C{Guid.NewGuid():N}"[..14];
        var first = await service.OpenAsync(Complaint(customer), None);
        clock.Advance(TimeSpan.FromDays(2));
        var second = await service.OpenAsync(Complaint(customer), None);
        clock.Advance(TimeSpan.FromDays(2));
        var third = await service.OpenAsync(Complaint(customer), None);

        Assert.Equal(Urgency.General, first.Grade.Urgency);
        Assert.Equal(Urgency.General, second.Grade.Urgency);
        Assert.Equal(Urgency.Urgent, third.Grade.Urgency);
        Assert.Contains("repeat_complaint: 2 earlier within 30 days", third.Grade.Reasons);
        Assert.Equal([third.Number, second.Number, first.Number], (await service.GetCustomerTicketsAsync(customer, None)).Select(t => t.Number).OrderDescending(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Due_sla_events_fire_once_in_time_order_and_met_deadlines_are_dropped()
    {
        var clock = FreshDay();
        var service = Service(clock);
        var ticket = await service.OpenAsync(Complaint(description: "电源线冒烟"), None);
        var fired = new List<SlaEventKind>();
        Func<Ticket, SlaEvent, TicketUpdate?> apply = (t, e) => t.Number == ticket.Number ? Workflow.Apply(t, e, clock.GetUtcNow()) : null;

        clock.Advance(TimeSpan.FromHours(2));
        while (await Store.FireNextDueEventAsync(clock.GetUtcNow(), "test", apply, None) is { } firing)
        {
            if (firing.Before.Number == ticket.Number)
            {
                fired.Add(firing.Event.Kind);
            }
        }

        var escalated = (await Store.GetAsync(ticket.Number, None))!;
        await service.AcknowledgeAsync(ticket.Number, "M2001", None);
        clock.Advance(TimeSpan.FromDays(30));
        var later = new List<SlaEventKind>();
        while (await Store.FireNextDueEventAsync(clock.GetUtcNow(), "test", apply, None) is { } firing)
        {
            if (firing.Before.Number == ticket.Number)
            {
                later.Add(firing.Event.Kind);
            }
        }

        Assert.Equal([SlaEventKind.ResponseWarning, SlaEventKind.ResponseBreach], fired);
        Assert.Equal(3, escalated.Grade.Level);
        Assert.Equal("senior_management", escalated.Department);
        // After the acknowledgement only the solution deadline runs: its warning, then its breach at the top level.
        Assert.Equal([SlaEventKind.ResolutionWarning, SlaEventKind.ResolutionBreach], later);
    }

    [Fact]
    public async Task Api_keys_are_found_by_hash_until_revoked_and_names_are_unique()
    {
        var keys = new SqlApiKeyStore(fixture.Dialect);
        var name = $"crm-{Guid.NewGuid():N}";
        var key = ApiKeys.Generate();
        var now = fixture.Clock.GetUtcNow();

        Assert.True(await keys.AddAsync(name, Roles.Agent, ApiKeys.Hash(key), now, None));
        Assert.False(await keys.AddAsync(name, Roles.Admin, ApiKeys.Hash(ApiKeys.Generate()), now, None));
        Assert.Equal(new ApiKeyInfo(name, Roles.Agent, now, null), await keys.FindActiveAsync(ApiKeys.Hash(key), None));
        Assert.True(await keys.RevokeAsync(name, now.AddHours(1), None));

        Assert.Null(await keys.FindActiveAsync(ApiKeys.Hash(key), None));
        Assert.False(await keys.RevokeAsync(name, now.AddHours(2), None));
        Assert.Equal(now.AddHours(1), (await keys.ListAsync(None)).Single(k => k.Name == name).RevokedAt);
    }
}
