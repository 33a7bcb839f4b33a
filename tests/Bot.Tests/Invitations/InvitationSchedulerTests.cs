using AfterSalesBot.Bot.Invitations;
using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.ServiceEvents;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Stores;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>The invitation scheduler on a real database under a fake clock: timing, the one reminder, quarantine, quiet hours, opt-out, several instances, crashes.</summary>
public abstract class InvitationSchedulerTests(string provider) : IAsyncLifetime
{
    /// <summary>Monday 2 March 2026, 10:00 in Shanghai.</summary>
    private static readonly DateTimeOffset Monday10 = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static readonly CancellationToken None = CancellationToken.None;

    private LoopDatabase _database = null!;
    private SqlDialect _dialect = null!;
    private int _customers;

    public async Task InitializeAsync()
    {
        _database = await LoopDatabase.CreateAsync(provider);
        _dialect = _database.Connect();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static InvitationOptions Settings() => new() { LeaseSeconds = 300, MaxAttempts = 3, RetryDelay = TimeSpan.FromMinutes(10) };

    private InvitationScheduler Scheduler(IInvitationDelivery delivery, string worker, SqlDialect? dialect = null)
    {
        var d = dialect ?? _dialect;
        return new InvitationScheduler(new SqlInvitationStore(d), new SqlChurnFlagStore(d), delivery, Options.Create(Settings()), NullLogger<InvitationScheduler>.Instance) { Worker = worker };
    }

    private string NewCustomer() => $"C20260301-{Interlocked.Increment(ref _customers):D4}";

    private async Task<Guid> CompleteServiceAsync(string customerId, DateTimeOffset completedAt, string channel = "hotline", string? timeZone = null)
    {
        var intake = new ServiceEventIntake(
            new SqlServiceEventStore(_dialect), new ServiceEventParser(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")), new InvitationPlanner(Settings().ToPolicy()));
        var result = await intake.AcceptAsync(
            new ServiceEventFields
            {
                CustomerId = customerId, ServiceStage = "repair", Channel = channel, Contact = "+86 138 0000 0000", ContactRoute = "sms",
                CompletedAt = completedAt.ToString("O"), TimeZone = timeZone,
            },
            completedAt,
            None);
        Assert.Empty(result.Errors);
        return result.Saved!.InvitationId!.Value;
    }

    [Fact]
    public async Task The_invitation_goes_out_three_days_after_completion_and_exactly_one_reminder_two_days_later()
    {
        var delivery = new RecordingDelivery();
        var scheduler = Scheduler(delivery, "a");
        var id = await CompleteServiceAsync(NewCustomer(), Monday10);

        var counts = new List<(int Invites, int Reminders)>();
        foreach (var at in new[] { TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(3), TimeSpan.FromDays(4), TimeSpan.FromDays(5), TimeSpan.FromDays(6), TimeSpan.FromDays(30) })
        {
            await scheduler.RunOnceAsync(Monday10 + at, None);
            counts.Add((delivery.Count(id, false), delivery.Count(id, true)));
        }

        Assert.Equal([(0, 0), (1, 0), (1, 0), (1, 1), (1, 1), (1, 1)], counts);
        var stored = (await new SqlInvitationStore(_dialect).GetAsync(id, None))!;
        Assert.Equal(InvitationStatuses.Sent, stored.Status);
        Assert.Equal(Monday10 + TimeSpan.FromDays(3), stored.SentAt);
        Assert.Equal(Monday10 + TimeSpan.FromDays(5), stored.RemindedAt);
        Assert.Null(stored.DueAt);
    }

    [Fact]
    public async Task A_chat_is_followed_by_its_invitation_at_once()
    {
        var delivery = new RecordingDelivery();
        var id = await CompleteServiceAsync(NewCustomer(), Monday10, channel: "chat");

        await Scheduler(delivery, "a").RunOnceAsync(Monday10, None);

        Assert.Equal(1, delivery.Count(id, false));
    }

    [Fact]
    public async Task A_customer_who_completed_the_survey_gets_no_reminder()
    {
        var delivery = new RecordingDelivery();
        var scheduler = Scheduler(delivery, "a");
        var customer = NewCustomer();
        var id = await CompleteServiceAsync(customer, Monday10);
        await scheduler.RunOnceAsync(Monday10 + TimeSpan.FromDays(3), None);
        var responses = new SqlSurveyResponseStore(_dialect, new FakeTimeProvider(Monday10));
        await responses.StartResponseAsync(new SurveyResponseStart(id, "aftersales-default", 1, null, customer, "sms", "zh-CN", Monday10 + TimeSpan.FromDays(3.1)), None);
        await responses.FinishResponseAsync(id, ResponseStatus.Completed, Monday10 + TimeSpan.FromDays(3.2), None);

        await scheduler.RunOnceAsync(Monday10 + TimeSpan.FromDays(6), None);

        Assert.Equal(0, delivery.Count(id, true));
        var rates = await new SqlInvitationStore(_dialect).ResponseRatesAsync(Monday10, Monday10.AddDays(10), None);
        Assert.Equal([new ResponseRateRow("aftersales-default", "hotline", "2026-03", 1, 1)], rates);
    }

    [Fact]
    public async Task A_second_service_within_30_days_is_not_surveyed_but_one_after_30_days_is()
    {
        var delivery = new RecordingDelivery();
        var scheduler = Scheduler(delivery, "a");
        var customer = NewCustomer();
        var first = await CompleteServiceAsync(customer, Monday10);
        await scheduler.RunOnceAsync(Monday10 + TimeSpan.FromDays(3), None);
        var second = await CompleteServiceAsync(customer, Monday10 + TimeSpan.FromDays(10));
        await scheduler.RunOnceAsync(Monday10 + TimeSpan.FromDays(13), None);
        var third = await CompleteServiceAsync(customer, Monday10 + TimeSpan.FromDays(31));
        await scheduler.RunOnceAsync(Monday10 + TimeSpan.FromDays(34), None);

        Assert.Equal(1, delivery.Count(first, false));
        Assert.Equal(0, delivery.Count(second, false));
        Assert.Equal(1, delivery.Count(third, false));
        var skipped = (await new SqlInvitationStore(_dialect).GetAsync(second, None))!;
        Assert.Equal((InvitationStatuses.Skipped, SkipReasons.Quarantine), (skipped.Status, skipped.SkipReason));
    }

    [Fact]
    public async Task Nothing_is_sent_in_quiet_hours_of_the_customers_own_time_zone()
    {
        var delivery = new RecordingDelivery();
        var scheduler = Scheduler(delivery, "a");
        // Completed at 22:30 New York time (EST, UTC-5): due three days later at 22:30 local, inside 21:00–09:00.
        var completed = new DateTimeOffset(2026, 3, 2, 22, 30, 0, TimeSpan.FromHours(-5));
        var id = await CompleteServiceAsync(NewCustomer(), completed, timeZone: "America/New_York");

        await scheduler.RunOnceAsync(completed.AddDays(3), None);
        var deferred = (await new SqlInvitationStore(_dialect).GetAsync(id, None))!;
        await scheduler.RunOnceAsync(new DateTimeOffset(2026, 3, 6, 8, 59, 0, TimeSpan.FromHours(-5)), None);
        var beforeNine = delivery.Count(id, false);
        await scheduler.RunOnceAsync(new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.FromHours(-5)), None);

        Assert.Equal(new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.FromHours(-5)), deferred.DueAt);
        Assert.Equal(0, beforeNine);
        Assert.Equal(1, delivery.Count(id, false));
    }

    [Fact]
    public async Task An_opt_out_stops_scheduled_invitations_and_reminders_for_good()
    {
        var delivery = new RecordingDelivery();
        var scheduler = Scheduler(delivery, "a");
        var store = new SqlInvitationStore(_dialect);
        var early = NewCustomer();
        var late = NewCustomer();
        var earlyId = await CompleteServiceAsync(early, Monday10);
        var lateId = await CompleteServiceAsync(late, Monday10);
        await store.OptOutAsync(early, "test", Monday10.AddDays(1), None);
        await scheduler.RunOnceAsync(Monday10 + TimeSpan.FromDays(3), None);
        await store.OptOutAsync(late, "test", Monday10.AddDays(4), None);
        await scheduler.RunOnceAsync(Monday10 + TimeSpan.FromDays(6), None);
        var afterwards = await CompleteServiceAsync(early, Monday10 + TimeSpan.FromDays(100));
        await scheduler.RunOnceAsync(Monday10 + TimeSpan.FromDays(104), None);

        Assert.Equal((0, 0), (delivery.Count(earlyId, false), delivery.Count(earlyId, true)));
        Assert.Equal((1, 0), (delivery.Count(lateId, false), delivery.Count(lateId, true)));
        Assert.Equal(0, delivery.Count(afterwards, false));
        Assert.Equal(SkipReasons.OptedOut, (await store.GetAsync(earlyId, None))!.SkipReason);
    }

    [Fact]
    public async Task A_customer_flagged_for_churn_gets_no_routine_invitation()
    {
        var delivery = new RecordingDelivery();
        var customer = NewCustomer();
        var id = await CompleteServiceAsync(customer, Monday10);
        await new SqlChurnFlagStore(_dialect).FlagAsync(customer, ["scores fell from 4.6 to 2.0"], Monday10.AddDays(1), None);

        await Scheduler(delivery, "a").RunOnceAsync(Monday10 + TimeSpan.FromDays(3), None);

        Assert.Equal(0, delivery.Count(id, false));
        Assert.Equal(SkipReasons.ChurnRisk, (await new SqlInvitationStore(_dialect).GetAsync(id, None))!.SkipReason);
    }

    [Fact]
    public async Task Two_instances_running_together_never_send_an_invitation_twice()
    {
        var delivery = new RecordingDelivery();
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await CompleteServiceAsync(NewCustomer(), Monday10.AddMinutes(i)));
        }

        var a = Scheduler(delivery, "a", _database.Connect());
        var b = Scheduler(delivery, "b", _database.Connect());
        var at = Monday10 + TimeSpan.FromDays(3) + TimeSpan.FromHours(1);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).RunOnceAsync(at, None))));

        Assert.All(ids, id => Assert.Equal(1, delivery.Count(id, false)));
    }

    [Fact]
    public async Task A_worker_that_dies_after_claiming_loses_nothing_the_next_worker_sends_it_after_the_lease()
    {
        var delivery = new RecordingDelivery();
        var id = await CompleteServiceAsync(NewCustomer(), Monday10);
        var due = Monday10 + TimeSpan.FromDays(3);
        // Worker "dead" claims the row and is never heard of again.
        var claimed = await new SqlInvitationStore(_dialect).ClaimDueAsync(due, "dead", TimeSpan.FromSeconds(Settings().LeaseSeconds), 10, None);
        var survivor = Scheduler(delivery, "survivor");

        await survivor.RunOnceAsync(due + TimeSpan.FromMinutes(4), None);
        var whileLeased = delivery.Count(id, false);
        await survivor.RunOnceAsync(due + TimeSpan.FromMinutes(5), None);

        Assert.Equal([id], claimed.Select(c => c.Id));
        Assert.Equal(0, whileLeased);
        Assert.Equal(1, delivery.Count(id, false));
        Assert.Equal(InvitationStatuses.Sent, (await new SqlInvitationStore(_dialect).GetAsync(id, None))!.Status);
    }

    [Fact]
    public async Task A_worker_that_dies_after_sending_a_link_does_not_make_the_customer_get_a_second_one()
    {
        var outbox = new SqlOutboxStore(_dialect);
        var options = Options.Create(Settings());
        var links = new SurveyLinkDelivery(new SurveyLinkSigner(options, NullLogger<SurveyLinkSigner>.Instance), new OutboxOutboundSender(outbox, new FakeTimeProvider(Monday10)), options);
        var delivery = new LinkOnlyDelivery(links);
        var id = await CompleteServiceAsync(NewCustomer(), Monday10);
        var due = Monday10 + TimeSpan.FromDays(3);
        var store = new SqlInvitationStore(_dialect);
        // The dying worker claims and sends, then stops before recording "sent".
        var claimed = (await store.ClaimDueAsync(due, "dead", TimeSpan.FromSeconds(Settings().LeaseSeconds), 10, None)).Single();
        await delivery.DeliverAsync(claimed, reminder: false, due, None);

        await Scheduler(delivery, "survivor").RunOnceAsync(due + TimeSpan.FromMinutes(6), None);

        var pending = await outbox.PendingAsync(100, None);
        Assert.Single(pending, m => m.Key.StartsWith(id.ToString("N"), StringComparison.Ordinal));
        Assert.Equal(2, delivery.Calls);
        Assert.Equal(InvitationStatuses.Sent, (await store.GetAsync(id, None))!.Status);
    }

    [Fact]
    public async Task A_failing_delivery_is_retried_and_given_up_after_the_last_attempt()
    {
        var delivery = new RecordingDelivery { Fail = true };
        var scheduler = Scheduler(delivery, "a");
        var id = await CompleteServiceAsync(NewCustomer(), Monday10);
        var at = Monday10 + TimeSpan.FromDays(3);
        for (var i = 0; i < 5; i++)
        {
            await scheduler.RunOnceAsync(at + TimeSpan.FromMinutes(10 * i), None);
        }

        var stored = (await new SqlInvitationStore(_dialect).GetAsync(id, None))!;
        Assert.Equal((InvitationStatuses.Skipped, SkipReasons.DeliveryFailed, 3), (stored.Status, stored.SkipReason, stored.Attempts));
    }

    public sealed class Sqlite() : InvitationSchedulerTests(StorageOptions.SqliteProvider);

    public sealed class Postgres() : InvitationSchedulerTests(StorageOptions.PostgresProvider);
}
