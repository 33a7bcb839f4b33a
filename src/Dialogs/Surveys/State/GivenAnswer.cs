using AfterSalesBot.Domain.Surveys;

namespace AfterSalesBot.Dialogs.Surveys.State;

/// <summary>One answer as kept in the state document (the database row is the durable copy).</summary>
public sealed class GivenAnswer
{
    public string QuestionId { get; set; } = string.Empty;

    public AnswerKind Kind { get; set; }

    public decimal? Number { get; set; }

    public string? Text { get; set; }

    public static GivenAnswer From(string questionId, AnswerValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new() { QuestionId = questionId, Kind = value.Kind, Number = value.Number, Text = value.Text };
    }

    public AnswerValue ToValue() => new(Kind, Number, Text);
}
