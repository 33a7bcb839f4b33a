using System.Globalization;

namespace AfterSalesBot.Domain.Surveys;

/// <summary>
/// A typed answer value. Numbers (ratings, NPS) use <see cref="Number"/>; choices store option ids in
/// <see cref="Text"/> (several joined by '|'); booleans are "true"/"false"; dates are ISO yyyy-MM-dd.
/// </summary>
public sealed record AnswerValue(AnswerKind Kind, decimal? Number, string? Text)
{
    public static AnswerValue FromNumber(decimal value) => new(AnswerKind.Number, value, null);

    public static AnswerValue FromText(string value) => new(AnswerKind.Text, null, value);

    public static AnswerValue FromChoice(string optionId) => new(AnswerKind.Choice, null, optionId);

    public static AnswerValue FromChoices(IEnumerable<string> optionIds) => new(AnswerKind.Choices, null, string.Join('|', optionIds));

    public static AnswerValue FromBoolean(bool value) => new(AnswerKind.Boolean, null, value ? "true" : "false");

    public static AnswerValue FromDate(DateOnly value) => new(AnswerKind.Date, null, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static AnswerValue Skipped { get; } = new(AnswerKind.Skipped, null, null);

    /// <summary>The value as a single display/export string.</summary>
    public override string ToString() => Kind switch
    {
        AnswerKind.Number => Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        AnswerKind.Skipped => string.Empty,
        _ => Text ?? string.Empty,
    };
}
