using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.CustomerChecks;
using AfterSalesBot.Domain.Tickets.Rules;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Complaints;

/// <summary>
/// What complaints in chat need from every dialect: a chat intake opens one ticket however often (and however
/// concurrently) it is retried, and each question to the customer is scheduled once and claimed by one sender.
/// </summary>
public abstract class ComplaintStoreContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TicketWorkflow Workflow = new(TicketRulesLoader.LoadFile(Path.Combine(RepositoryPaths.Root, "config", "ticket-rules.json")));
    private static int _days;

    private SqlCustomerCheckStore Checks => new(fixture.Dialect);

    /// <summary>A day after every earlier test's, so their leftovers are due (and drained) before this test's rows.</summary>
    private static FakeTimeProvider FreshDay() =>
        new(new DateTimeOffset(2032, 1, 1, 2, 0, 0, TimeSpan.Zero).AddDays(10 * Interlocked.Increment(ref _days)));

    private TicketService Service(TimeProvider clock) => new(new SqlTicketStore(fixture.Dialect), Workflow, clock);

    private static NewComplaint Complaint(string? intakeKey = null, string? conversation = "conv") =>
        new($"CHAT-{Guid.NewGuid():N}"[..20], "webchat", "开机半小时还是出热风，温度设到16度也没有变化", "product_quality", "repair",
            ConversationId: conversation is null ? null : $"{conversation}-{Guid.NewGuid():N}", Locale: "zh-CN", IntakeKey: intakeKey);

    [Fact]
    public async Task The_same_intake_opened_concurrently_makes_one_ticket()
    {
        var service = Service(FreshDay());
        var complaint = Complaint(intakeKey: Guid.NewGuid().ToString("N"));

        var opened = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => service.OpenAsync(complaint, None))));

        Assert.Single(opened.Select(t => t.Number).Distinct());
        Assert.Single(await service.ListAsync(new TicketQuery(CustomerId: complaint.CustomerId), None));
    }

    [Fact]
    public async Task A_resolution_is_scheduled_once_and_claimed_by_one_sender()
    {
        var clock = FreshDay();
        await DrainAsync(clock.GetUtcNow());
        var service = Service(clock);
        var ticket = await service.OpenAsync(Complaint(), None);
        await service.ResolveAsync(ticket.Number, "S1001", "replaced compressor", None);
        clock.Advance(TimeSpan.FromMinutes(1));

        await Checks.ScheduleDueAsync(clock.GetUtcNow(), None);
        await Checks.ScheduleDueAsync(clock.GetUtcNow(), None);
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => Checks.ClaimNextAsync(clock.GetUtcNow(), $"instance-{i}", TimeSpan.FromMinutes(5), None))));

        var claimed = Assert.Single(claims, c => c is not null)!;
        Assert.Equal(ticket.Number, claimed.TicketNumber);
        Assert.Equal(CustomerCheckKinds.Confirmation, claimed.Kind);
        Assert.Equal(1, claimed.Attempts);
        Assert.Single(await Checks.ListForTicketAsync(ticket.Number, None));
    }

    [Fact]
    public async Task A_question_whose_sender_died_is_claimed_again_after_the_lease_and_not_after_it_is_done()
    {
        var clock = FreshDay();
        await DrainAsync(clock.GetUtcNow());
        var service = Service(clock);
        var ticket = await service.OpenAsync(Complaint(), None);
        await service.ResolveAsync(ticket.Number, "S1001", "replaced compressor", None);
        await Checks.ScheduleDueAsync(clock.GetUtcNow(), None);
        Assert.NotNull(await Checks.ClaimNextAsync(clock.GetUtcNow(), "dies", TimeSpan.FromMinutes(5), None));

        Assert.Null(await Checks.ClaimNextAsync(clock.GetUtcNow().AddMinutes(4), "other", TimeSpan.FromMinutes(5), None));
        var again = await Checks.ClaimNextAsync(clock.GetUtcNow().AddMinutes(5), "other", TimeSpan.FromMinutes(5), None);
        Assert.Equal(2, again!.Attempts);
        await Checks.MarkDoneAsync(again.Id, clock.GetUtcNow().AddMinutes(6), null, None);

        Assert.Null(await Checks.ClaimNextAsync(clock.GetUtcNow().AddHours(1), "other", TimeSpan.FromMinutes(5), None));
        Assert.NotNull(Assert.Single(await Checks.ListForTicketAsync(ticket.Number, None)).SentAt);
    }

    [Fact]
    public async Task The_follow_up_is_scheduled_only_when_due_and_never_for_tickets_without_a_conversation()
    {
        var clock = FreshDay();
        await DrainAsync(clock.GetUtcNow());
        var service = Service(clock);
        var chat = await service.OpenAsync(Complaint(), None);
        var phoned = await service.OpenAsync(Complaint(conversation: null), None);
        foreach (var number in new[] { chat.Number, phoned.Number })
        {
            await service.ResolveAsync(number, "S1001", "fixed", None);
            await service.ConfirmAsync(number, solved: true, satisfied: true, null, None);
        }

        clock.Advance(TimeSpan.FromDays(3).Subtract(TimeSpan.FromMinutes(1)));
        await Checks.ScheduleDueAsync(clock.GetUtcNow(), None);
        Assert.DoesNotContain(await Checks.ListForTicketAsync(chat.Number, None), c => c.Kind == CustomerCheckKinds.FollowUp);

        clock.Advance(TimeSpan.FromMinutes(1));
        await Checks.ScheduleDueAsync(clock.GetUtcNow(), None);
        var followUp = Assert.Single(await Checks.ListForTicketAsync(chat.Number, None), c => c.Kind == CustomerCheckKinds.FollowUp);
        Assert.Equal((await service.GetAsync(chat.Number, None))!.FollowUpDueAt, followUp.DueAt);
        Assert.Empty(await Checks.ListForTicketAsync(phoned.Number, None));
    }

    /// <summary>Marks everything earlier tests left due as done, so claims see only this test's rows.</summary>
    private async Task DrainAsync(DateTimeOffset now)
    {
        await Checks.ScheduleDueAsync(now, None);
        while (await Checks.ClaimNextAsync(now, "drain", TimeSpan.FromMinutes(1), None) is { } left)
        {
            await Checks.MarkDoneAsync(left.Id, now, "drained by the test", None);
        }
    }
}
