using AfterSalesBot.Bot.Alerts;
using AfterSalesBot.Bot.Invitations;
using AfterSalesBot.Bot.Plans;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Domain.Alerts;
using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Plans;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Stores;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>Alerts for an overdue call-back and a plan past its date, each sent once however often the checker runs.</summary>
public sealed class AlertCheckerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday10 = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private LoopDatabase _database = null!;

    public async Task InitializeAsync() => _database = await LoopDatabase.CreateAsync(StorageOptions.SqliteProvider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_overdue_call_back_and_a_plan_past_its_date_are_alerted_once_each()
    {
        var dialect = _database.Connect();
        var clock = new FakeTimeProvider(Monday10);
        var callbacks = new SqlCallbackTaskStore(dialect);
        var plans = new SqlImprovementPlanStore(dialect);
        var planService = new PlanService(plans, Options.Create(new PlanOptions()), Options.Create(new InvitationOptions()), clock);
        var notifier = new RecordingNotifierForAlerts();
        var checker = new AlertChecker(
            new SqlInvitationStore(dialect), callbacks, plans, planService,
            SurveyCatalog.LoadDirectory(Path.Combine(RepositoryPaths.Root, "surveys")).Catalog,
            new SqlAlertLog(dialect), notifier, Options.Create(new AlertOptions()), NullLogger<AlertChecker>.Instance);
        var task = await callbacks.CreateAsync(
            new NewCallbackTask(CallbackSources.LowScore, "speed = 1", null, Guid.NewGuid(), null, "C20260301-0001", null, "zh-CN", Monday10.AddHours(24), "low_score:test"),
            Monday10,
            CancellationToken.None);
        var plan = await planService.CreateAsync(
            new PlanRequest("Slow response", PlanMetric.DimensionMean, "speed", null, "gte", 4.2, "2026-02-01", "2026-02-28", "More agents", ["hire"], "S1", "2026-03-05"),
            "analyst",
            CancellationToken.None);

        var early = await checker.RunOnceAsync(Monday10.AddHours(23), CancellationToken.None);
        var due = await checker.RunOnceAsync(Monday10.AddDays(4), CancellationToken.None);
        var again = await checker.RunOnceAsync(Monday10.AddDays(5), CancellationToken.None);

        Assert.Equal((0, 2, 0), (early, due, again));
        Assert.Equal(
            [(AlertKinds.OverdueCallback, $"overdue_callback:{task.Id:N}"), (AlertKinds.PlanOverdue, $"plan_overdue:{plan.Id:N}")],
            notifier.Alerts.Select(a => (a.Kind, a.Key)).Order());
    }

    private sealed class RecordingNotifierForAlerts : INotifier
    {
        public List<Alert> Alerts { get; } = [];

        public Task NotifyAsync(Alert alert, CancellationToken cancellationToken)
        {
            Alerts.Add(alert);
            return Task.CompletedTask;
        }
    }
}
