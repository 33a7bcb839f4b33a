using System.Globalization;
using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Domain.FollowUps;

/// <summary>
/// Which answers call for a supervisor's call-back (domain.md §2: a negative survey answer gets an apology call within
/// 24 h): a rating at or below <see cref="LowRatingMax"/>, an NPS at or below <see cref="LowNpsMax"/>, and "yes" to
/// the call-back question. One task per response and cause, however often the answers are read.
/// </summary>
public sealed record FollowUpRules
{
    public int LowRatingMax { get; init; } = 2;

    public int LowNpsMax { get; init; } = 3;

    public IReadOnlyList<string> CallbackQuestionIds { get; init; } = ["callback"];

    public TimeSpan DueWithin { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The task this answer calls for, or null. <paramref name="kindOf"/> gives the kind of the answered question, null when unknown.</summary>
    public NewCallbackTask? TaskFor(FollowUpAnswer answer, Func<FollowUpAnswer, QuestionKind?> kindOf)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(kindOf);
        if (answer.Kind == AnswerKind.Boolean && answer.Text == "true" && CallbackQuestionIds.Contains(answer.QuestionId, StringComparer.Ordinal))
        {
            return Task(answer, CallbackSources.CallbackRequested, $"The customer asked for a call-back in survey {answer.SurveyId}.");
        }

        if (answer.Kind != AnswerKind.Number || answer.Number is not { } number)
        {
            return null;
        }

        var low = kindOf(answer) switch
        {
            QuestionKind.Rating => number <= LowRatingMax,
            QuestionKind.Nps => number <= LowNpsMax,
            _ => false,
        };
        return low
            ? Task(answer, CallbackSources.LowScore, $"Low score: {answer.QuestionId} = {number.ToString(CultureInfo.InvariantCulture)} in survey {answer.SurveyId}.")
            : null;
    }

    private NewCallbackTask Task(FollowUpAnswer answer, string source, string reason) =>
        new(source, reason, answer.Conversation, answer.ResponseId, null, answer.CustomerId, null, answer.Locale, answer.AnsweredAt + DueWithin, $"{source}:{answer.ResponseId:N}");
}
