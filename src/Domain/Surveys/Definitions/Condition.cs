namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>
/// A test on earlier answers. Exactly one form is used:
/// <c>{"any": [...]}</c>, <c>{"all": [...]}</c>, or <c>{"question": "id", ...}</c> with one comparison:
/// <c>lte</c>/<c>lt</c>/<c>gte</c>/<c>gt</c>/<c>eq</c> (numbers, for rating/NPS/CES), <c>is</c> (yes/no),
/// <c>option</c> (a choice question's option id), or <c>answered</c> (any kind; a skip is not an answer).
/// </summary>
public sealed class Condition
{
    public IReadOnlyList<Condition>? Any { get; init; }

    public IReadOnlyList<Condition>? All { get; init; }

    public string? Question { get; init; }

    public decimal? Lte { get; init; }

    public decimal? Lt { get; init; }

    public decimal? Gte { get; init; }

    public decimal? Gt { get; init; }

    public decimal? Eq { get; init; }

    public bool? Is { get; init; }

    public string? Option { get; init; }

    public bool? Answered { get; init; }

    /// <summary>True when the condition holds for <paramref name="answers"/> (question id → value). Missing or skipped answers satisfy no comparison.</summary>
    public bool IsSatisfiedBy(IReadOnlyDictionary<string, AnswerValue> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (Any is not null)
        {
            return Any.Any(c => c.IsSatisfiedBy(answers));
        }

        if (All is not null)
        {
            return All.All(c => c.IsSatisfiedBy(answers));
        }

        if (Question is null)
        {
            return false;
        }

        var given = answers.TryGetValue(Question, out var value) && value.Kind != AnswerKind.Skipped;
        if (Answered is { } wantAnswered)
        {
            return given == wantAnswered;
        }

        if (!given || value is null)
        {
            return false;
        }

        if (Is is { } wantBool)
        {
            return value.Kind == AnswerKind.Boolean && value.Text == (wantBool ? "true" : "false");
        }

        if (Option is not null)
        {
            return value.Text is not null && value.Text.Split('|').Contains(Option, StringComparer.Ordinal);
        }

        if (value.Number is not { } n)
        {
            return false;
        }

        return (Lte is null || n <= Lte) && (Lt is null || n < Lt) && (Gte is null || n >= Gte)
            && (Gt is null || n > Gt) && (Eq is null || n == Eq);
    }

    /// <summary>Every question id this condition reads, in any nesting.</summary>
    public IEnumerable<string> ReferencedQuestions()
    {
        if (Question is not null)
        {
            yield return Question;
        }

        foreach (var child in (Any ?? []).Concat(All ?? []))
        {
            foreach (var id in child.ReferencedQuestions())
            {
                yield return id;
            }
        }
    }
}
