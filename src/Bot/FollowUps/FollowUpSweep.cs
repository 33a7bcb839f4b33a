using System.Globalization;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.FollowUps;
using AfterSalesBot.Domain.Retention;
using AfterSalesBot.Domain.Surveys.Definitions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.FollowUps;

/// <summary>
/// One round of the follow-up job: (1) answers recorded since the last round → call-back tasks for low scores and
/// "yes, call me" (due in 24 h); (2) customers active since then → churn flags with reasons, each with a personal
/// call-back; (3) on a new month, last month's verification sample (seeded, recorded) → verification call-backs.
/// Every step is idempotent (call-backs by dedupe key, flags by customer, samples by month), so re-reading an
/// overlap or two instances running together create nothing twice.
/// </summary>
public sealed class FollowUpSweep(
    IFollowUpStore store,
    ICallbackTaskStore callbacks,
    IChurnFlagStore churnFlags,
    SurveyCatalog catalog,
    IOptions<FollowUpOptions> options)
{
    private const int PageSize = 500;
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    public async Task<FollowUpRunResult> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var created = await CallbacksFromAnswersAsync(now, settings, cancellationToken).ConfigureAwait(false);
        var flagged = await FlagChurnAsync(now, settings, cancellationToken).ConfigureAwait(false);
        var sampled = await DrawVerificationSampleAsync(now, settings, cancellationToken).ConfigureAwait(false);
        return new FollowUpRunResult(created, flagged, sampled);
    }

    private async Task<int> CallbacksFromAnswersAsync(DateTimeOffset now, FollowUpOptions settings, CancellationToken cancellationToken)
    {
        var rules = new FollowUpRules
        {
            LowRatingMax = settings.LowRatingMax, LowNpsMax = settings.LowNpsMax, CallbackQuestionIds = settings.CallbackQuestionIds, DueWithin = settings.CallbackDueWithin,
        };
        var cursor = await store.GetCursorAsync("answers", cancellationToken).ConfigureAwait(false) ?? now - TimeSpan.FromDays(1);
        var created = 0;
        while (true)
        {
            var answers = await store.AnswersSinceAsync(cursor - Overlap, PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var answer in answers)
            {
                if (rules.TaskFor(answer, KindOf) is { } task)
                {
                    await callbacks.CreateAsync(task, now, cancellationToken).ConfigureAwait(false);
                    created++;
                }
            }

            var last = answers.Count == 0 ? cursor : answers[^1].AnsweredAt;
            var moved = last > cursor;
            cursor = moved ? last : cursor;
            await store.SetCursorAsync("answers", cursor, cancellationToken).ConfigureAwait(false);
            if (answers.Count < PageSize || !moved)
            {
                return created;
            }
        }
    }

    private async Task<int> FlagChurnAsync(DateTimeOffset now, FollowUpOptions settings, CancellationToken cancellationToken)
    {
        var rules = new ChurnRules { ScoreDrop = settings.ChurnScoreDrop, RepeatedComplaints = settings.ChurnRepeatedComplaints, ComplaintWindow = settings.ChurnComplaintWindow };
        var since = await store.GetCursorAsync("churn", cancellationToken).ConfigureAwait(false) ?? now - TimeSpan.FromDays(1);
        var ratingIds = catalog.Latest.SelectMany(s => s.Questions).Where(q => q.Kind == QuestionKind.Rating).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var flagged = 0;
        foreach (var customer in await store.CustomersActiveSinceAsync(since - Overlap, cancellationToken).ConfigureAwait(false))
        {
            var history = await store.CustomerHistoryAsync(customer, ratingIds, now - rules.ComplaintWindow, cancellationToken).ConfigureAwait(false);
            var reasons = rules.Reasons(history);
            if (reasons.Count == 0 || await churnFlags.IsFlaggedAsync(customer, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            await churnFlags.FlagAsync(customer, reasons, now, cancellationToken).ConfigureAwait(false);
            await callbacks.CreateAsync(
                new NewCallbackTask(
                    CallbackSources.ChurnRisk, "Retention call: " + string.Join("; ", reasons), null, null, null, customer, null, settings.DefaultLocale,
                    now + settings.CallbackDueWithin, $"churn_risk:{customer}:{now:yyyy-MM}"),
                now,
                cancellationToken).ConfigureAwait(false);
            flagged++;
        }

        await store.SetCursorAsync("churn", now, cancellationToken).ConfigureAwait(false);
        return flagged;
    }

    private async Task<int> DrawVerificationSampleAsync(DateTimeOffset now, FollowUpOptions settings, CancellationToken cancellationToken)
    {
        var thisMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var from = thisMonth.AddMonths(-1);
        var month = from.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if ((await store.SampleAsync(month, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return 0;
        }

        var population = await store.CompletedResponsesAsync(from, thisMonth, cancellationToken).ConfigureAwait(false);
        var seed = settings.VerificationSeed ?? VerificationSampler.DefaultSeed(month);
        var sample = VerificationSampler.Draw(population, seed, settings.VerificationFraction);
        if (!await store.RecordSampleAsync(month, seed, population.Count, sample, now, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        foreach (var responseId in sample)
        {
            await callbacks.CreateAsync(
                new NewCallbackTask(
                    CallbackSources.Verification, $"Verification call for {month} (random {settings.VerificationFraction:P0} sample, seed {seed}).", null, responseId, null, null, null,
                    settings.DefaultLocale, now + settings.VerificationDueWithin, $"verification:{responseId:N}"),
                now,
                cancellationToken).ConfigureAwait(false);
        }

        return sample.Count;
    }

    private QuestionKind? KindOf(FollowUpAnswer answer) =>
        (catalog.Find(answer.SurveyId, answer.SurveyVersion) ?? catalog.FindLatest(answer.SurveyId))?.FindQuestion(answer.QuestionId)?.Kind;
}
