using System.Globalization;
using AfterSalesBot.Bot.Plans;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Domain.Alerts;
using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.Plans;
using AfterSalesBot.Domain.Surveys.Definitions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Alerts;

/// <summary>
/// Looks for what needs a person: a response rate below target this month, a dimension's weekly mean below target,
/// an open call-back past its due time, a plan past its planned date. Each cause is raised once (its key), then sent
/// to the <see cref="INotifier"/>; a notifier failure leaves the alert recorded but unsent (logged).
/// </summary>
public sealed partial class AlertChecker(
    IInvitationStore invitations,
    ICallbackTaskStore callbacks,
    IImprovementPlanStore plans,
    PlanService planService,
    SurveyCatalog catalog,
    IAlertLog log,
    INotifier notifier,
    IOptions<AlertOptions> options,
    ILogger<AlertChecker> logger)
{
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var alerts = new List<Alert>();
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var row in await invitations.ResponseRatesAsync(monthStart, now.AddTicks(1), cancellationToken).ConfigureAwait(false))
        {
            if (row.Sent >= settings.ResponseRateMinSent && row.Rate < settings.ResponseRateMin)
            {
                alerts.Add(new Alert(
                    AlertKinds.ResponseRate, $"response_rate:{row.SurveyId}:{row.Channel}:{row.Period}",
                    string.Create(CultureInfo.InvariantCulture, $"Response rate of {row.SurveyId} on {row.Channel} in {row.Period} is {row.Rate:P0} ({row.Responded}/{row.Sent}), below {settings.ResponseRateMin:P0}."),
                    now));
            }
        }

        var week = ISOWeek.GetYear(now.UtcDateTime) + "-W" + ISOWeek.GetWeekOfYear(now.UtcDateTime).ToString("00", CultureInfo.InvariantCulture);
        foreach (var question in catalog.Latest.SelectMany(s => s.Questions).Where(q => q.Kind == QuestionKind.Rating).Select(q => q.Id).Distinct(StringComparer.Ordinal))
        {
            var score = await plans.MeasureAsync(PlanMetric.DimensionMean, question, null, now.AddDays(-7), now.AddTicks(1), null, cancellationToken).ConfigureAwait(false);
            if (score.Count >= settings.ScoreMinRatings && score.Value < settings.ScoreMin)
            {
                alerts.Add(new Alert(
                    AlertKinds.Score, $"score:{question}:{week}",
                    string.Create(CultureInfo.InvariantCulture, $"Mean {question} rating over the last 7 days is {score.Value:0.00} ({score.Count} ratings), below {settings.ScoreMin:0.0}."),
                    now));
            }
        }

        foreach (var task in await callbacks.ListAsync(new CallbackQuery(CallbackStatuses.Open, null, now), cancellationToken).ConfigureAwait(false))
        {
            alerts.Add(new Alert(
                AlertKinds.OverdueCallback, $"overdue_callback:{task.Id:N}",
                $"Call-back {task.Id} ({task.Source}) was due {task.DueAt:u} and is still open{(task.AssignedTo is { } who ? $" (assigned to {who})" : " (unassigned)")}: {task.Reason}",
                now));
        }

        foreach (var plan in await plans.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (planService.IsOverdue(plan, now))
            {
                alerts.Add(new Alert(
                    AlertKinds.PlanOverdue, $"plan_overdue:{plan.Id:N}",
                    $"Improvement plan \"{plan.Problem}\" (owner {plan.Owner}) was planned for {plan.PlannedDate:yyyy-MM-dd} and is still {plan.Status}.",
                    now));
            }
        }

        var sent = 0;
        foreach (var alert in alerts)
        {
            if (!await log.TryRaiseAsync(alert, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            try
            {
                await notifier.NotifyAsync(alert, cancellationToken).ConfigureAwait(false);
                sent++;
            }
            catch (HttpRequestException ex)
            {
                LogNotifyFailed(logger, alert.Key, ex);
            }
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {Key} recorded but the notifier failed.")]
    private static partial void LogNotifyFailed(ILogger logger, string key, Exception exception);
}
