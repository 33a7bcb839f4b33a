namespace AfterSalesBot.Domain.Surveys;

/// <summary>The type of value an answer carries.</summary>
public enum AnswerKind
{
    Number = 0,
    Text = 1,
    Choice = 2,
    Choices = 3,
    Boolean = 4,
    Date = 5,
    Skipped = 6,
}
