using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Dialogs.Surveys.Answers;

/// <summary>
/// Turns what a customer typed (or a button sent) into a typed answer to a choice, scale, yes/no, date or
/// phone-tail question. Text questions never come here: their answer is the text itself, verbatim.
/// </summary>
public interface IAnswerInterpreter
{
    /// <param name="now">The reference time for relative dates ("上周二", "yesterday").</param>
    Interpretation Interpret(Question question, string text, string locale, DateTimeOffset now);
}
