using AfterSalesBot.Domain.Surveys;

namespace AfterSalesBot.Dialogs.Surveys.Answers;

/// <summary>What an answer meant: a value, several possible values (the customer must pick one), or nothing usable.</summary>
public sealed record Interpretation(InterpretationOutcome Outcome, AnswerValue? Value, IReadOnlyList<string> Candidates)
{
    public static Interpretation NotUnderstood { get; } = new(InterpretationOutcome.NotUnderstood, null, []);

    public static Interpretation Accept(AnswerValue value) => new(InterpretationOutcome.Accepted, value, []);

    /// <param name="candidates">The readings, as the customer would recognise them ("3", "4").</param>
    public static Interpretation Ambiguous(IReadOnlyList<string> candidates) => new(InterpretationOutcome.Ambiguous, null, candidates);

    public static Interpretation Reject(InterpretationOutcome outcome) => new(outcome, null, []);
}
