using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.FollowUps;
using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.Retention;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Domain.Tests.Loop;

/// <summary>Which answers become call-backs, when a customer is flagged for churn, the verification sample, quiet hours.</summary>
public sealed class FollowUpRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static FollowUpAnswer Answer(string question, AnswerKind kind, decimal? number, string? text) =>
        new(Guid.Parse("01900000-0000-7000-8000-000000000001"), "aftersales-default", 1, question, kind, number, text, At, null, "C20260301-0001", "zh-CN");

    private static QuestionKind? Kinds(FollowUpAnswer a) => a.QuestionId switch
    {
        "speed" => QuestionKind.Rating,
        "nps" => QuestionKind.Nps,
        "callback" => QuestionKind.YesNo,
        _ => null,
    };

    [Theory]
    [InlineData("speed", 1, CallbackSources.LowScore)]
    [InlineData("speed", 2, CallbackSources.LowScore)]
    [InlineData("speed", 3, null)]
    [InlineData("nps", 3, CallbackSources.LowScore)]
    [InlineData("nps", 4, null)]
    public void Low_scores_call_for_a_call_back_within_24_hours(string question, int value, string? source)
    {
        var task = new FollowUpRules().TaskFor(Answer(question, AnswerKind.Number, value, null), Kinds);

        Assert.Equal(source, task?.Source);
        if (task is not null)
        {
            Assert.Equal(At.AddHours(24), task.DueAt);
            Assert.Equal("low_score:01900000000070008000000000000001", task.DedupeKey);
        }
    }

    [Fact]
    public void Yes_to_the_call_back_question_calls_for_a_call_back_and_no_does_not()
    {
        var rules = new FollowUpRules();

        Assert.Equal(CallbackSources.CallbackRequested, rules.TaskFor(Answer("callback", AnswerKind.Boolean, null, "true"), Kinds)?.Source);
        Assert.Null(rules.TaskFor(Answer("callback", AnswerKind.Boolean, null, "false"), Kinds));
    }

    [Fact]
    public void Falling_scores_and_repeated_complaints_flag_a_customer_with_the_reasons()
    {
        var rules = new ChurnRules();
        var falling = new CustomerHistory("C1", [(At, 4.6), (At.AddDays(40), 2.2)], 0);
        var steady = new CustomerHistory("C2", [(At, 4.0), (At.AddDays(40), 3.6)], 1);
        var complaining = new CustomerHistory("C3", [], 2);

        Assert.Equal(["scores fell from 4.6 to 2.2 across the last two surveys"], rules.Reasons(falling));
        Assert.Empty(rules.Reasons(steady));
        Assert.Equal(["2 complaints within 90 days"], rules.Reasons(complaining));
    }

    [Fact]
    public void The_verification_sample_is_ten_percent_and_the_same_for_the_same_seed_in_any_order()
    {
        var ids = Enumerable.Range(1, 95).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();

        var first = VerificationSampler.Draw(ids, seed: 202603);
        var shuffled = VerificationSampler.Draw([.. ids.AsEnumerable().Reverse()], seed: 202603);
        var other = VerificationSampler.Draw(ids, seed: 7);

        Assert.Equal(10, first.Count);
        Assert.Equal(first, shuffled);
        Assert.NotEqual(first, other);
        Assert.Equal(202603, VerificationSampler.DefaultSeed("2026-03"));
    }

    [Theory]
    [InlineData("2026-03-02T22:30:00+08:00", "2026-03-03T09:00:00+08:00")]
    [InlineData("2026-03-03T08:59:00+08:00", "2026-03-03T09:00:00+08:00")]
    [InlineData("2026-03-03T09:00:00+08:00", "2026-03-03T09:00:00+08:00")]
    [InlineData("2026-03-03T20:59:00+08:00", "2026-03-03T20:59:00+08:00")]
    [InlineData("2026-03-03T21:00:00+08:00", "2026-03-04T09:00:00+08:00")]
    public void Quiet_hours_move_a_send_to_9_the_next_morning_local_time(string at, string expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        var allowed = QuietHours.NextAllowed(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), zone, new TimeOnly(21, 0), new TimeOnly(9, 0));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), allowed);
    }
}
