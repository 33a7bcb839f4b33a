using AfterSalesBot.Bot.Channels.Proactive;
using AfterSalesBot.Bot.Complaints;
using AfterSalesBot.Bot.Tests.Jobs;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Rules;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Stores;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Tests.Complaints;

/// <summary>
/// Several instances send the customer questions at once: each question goes out exactly once when nothing fails,
/// the conversation's state expects the answer before the question is sent, and a channel that keeps failing is
/// retried with back-off and then given up on the record.
/// </summary>
public abstract class CustomerCheckSenderTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : SlaDatabase
{
    private static readonly TicketWorkflow Workflow = new(TicketRulesLoader.LoadFile(Path.Combine(RepositoryPaths.Root, "config", "ticket-rules.json")));
    private static int _tests;

    // Each test a week after the previous one, so what earlier tests left behind is already due (and drained).
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero).AddDays(7 * Interlocked.Increment(ref _tests)));

    [Fact]
    public async Task Three_instances_ask_about_each_resolved_ticket_exactly_once()
    {
        await DrainAsync();
        var messenger = new RecordingMessenger();
        var senders = Enumerable.Range(0, 3).Select(i => Sender(database.Connect(), messenger, $"instance-{i}")).ToList();
        var tickets = Service(database.Connect());
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var ticket = await tickets.OpenAsync(Complaint(), CancellationToken.None);
            await tickets.ResolveAsync(ticket.Number, "S1001", "fixed", CancellationToken.None);
            numbers.Add(ticket.Number);
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        var sent = await Task.WhenAll(senders.Select(s => Task.Run(() => s.RunOnceAsync(_clock.GetUtcNow(), CancellationToken.None))));

        Assert.Equal(5, sent.Sum());
        Assert.Equal(numbers.Order(StringComparer.Ordinal), messenger.Sent.Select(s => s.Number).Order(StringComparer.Ordinal));
        var conversations = new SqlConversationStore(database.Connect(), _clock);
        foreach (var (conversation, number) in messenger.Sent.Select(s => (s.Conversation, s.Number)))
        {
            var state = ConversationStateJson.Parse((await conversations.LoadStateAsync(conversation, CancellationToken.None))!.Document);
            Assert.Equal(number, state.TicketCheck!.TicketNumber);
            Assert.Equal(TicketCheckKind.Confirmation, state.TicketCheck.Kind);
        }
    }

    [Fact]
    public async Task A_channel_that_keeps_failing_is_retried_with_back_off_then_given_up_on_the_record()
    {
        await DrainAsync();
        var messenger = new RecordingMessenger { Fail = true };
        var sender = Sender(database.Connect(), messenger, "only");
        var tickets = Service(database.Connect());
        var ticket = await tickets.OpenAsync(Complaint(), CancellationToken.None);
        await tickets.ResolveAsync(ticket.Number, "S1001", "fixed", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));

        for (var run = 0; run < 20; run++)
        {
            await sender.RunOnceAsync(_clock.GetUtcNow(), CancellationToken.None);
            _clock.Advance(TimeSpan.FromSeconds(30));
        }

        var record = Assert.Single(await new SqlCustomerCheckStore(database.Connect()).ListForTicketAsync(ticket.Number, CancellationToken.None));
        // Runs 30 s apart, waits of 30, 60, 120, 240 s after the failures: the fifth attempt (at 450 s) is the last.
        Assert.Equal(5, record.Attempts);
        Assert.NotNull(record.SentAt);
        Assert.StartsWith("gave up after 5 attempts", record.LastError, StringComparison.Ordinal);
    }

    /// <summary>Earlier tests of the class share the database: their questions due by now are marked done first.</summary>
    private async Task DrainAsync()
    {
        var checks = new SqlCustomerCheckStore(database.Connect());
        var now = _clock.GetUtcNow().AddDays(1);
        await checks.ScheduleDueAsync(now, CancellationToken.None);
        while (await checks.ClaimNextAsync(now, "drain", TimeSpan.FromMinutes(1), CancellationToken.None) is { } left)
        {
            await checks.MarkDoneAsync(left.Id, now, "drained by the test", CancellationToken.None);
        }
    }

    private CustomerCheckSender Sender(SqlDialect dialect, IProactiveMessenger messenger, string instance) =>
        new(new SqlCustomerCheckStore(dialect), Service(dialect), new SqlConversationStore(dialect, _clock), new SqlTurnStore(dialect, _clock), messenger,
            Options.Create(new ComplaintOptions()), NullLogger<CustomerCheckSender>.Instance)
        { Instance = instance };

    private TicketService Service(SqlDialect dialect) => new(new SqlTicketStore(dialect), Workflow, _clock);

    private static NewComplaint Complaint() =>
        new($"CHAT-{Guid.NewGuid():N}"[..20], "test", "开机半小时还是出热风，温度设到16度也没有变化", "product_quality", "repair",
            ConversationId: $"conv-{Guid.NewGuid():N}", Locale: "zh-CN");

    private sealed class RecordingMessenger : IProactiveMessenger
    {
        public bool Fail { get; init; }

        public List<(ConversationRef Conversation, string Number)> Sent { get; } = [];

        public Task<long> SendAsync(ConversationRef conversation, Activity activity, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new HttpRequestException("channel unreachable");
            }

            lock (Sent)
            {
                var number = System.Text.RegularExpressions.Regex.Match(activity.Text ?? string.Empty, "T[0-9]{8}-[0-9]{4,}").Value;
                Sent.Add((conversation, number));
                return Task.FromResult((long)Sent.Count);
            }
        }

        public Task SendTypingAsync(ConversationRef conversation, ChannelAccount? from, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

public sealed class SqliteCustomerCheckSenderTests(SlaDatabase.Sqlite database) : CustomerCheckSenderTests<SlaDatabase.Sqlite>(database);

public sealed class PostgresCustomerCheckSenderTests(SlaDatabase.Postgres database) : CustomerCheckSenderTests<SlaDatabase.Postgres>(database);
