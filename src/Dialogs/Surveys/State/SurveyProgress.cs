using AfterSalesBot.Domain.Surveys;

namespace AfterSalesBot.Dialogs.Surveys.State;

/// <summary>A survey in progress: which response, which definition version, and the answers so far in the order given.</summary>
public sealed class SurveyProgress
{
    public Guid ResponseId { get; set; }

    public string SurveyId { get; set; } = string.Empty;

    public int SurveyVersion { get; set; }

    /// <summary>Answers in the order they were last given (a changed answer moves to the end).</summary>
    public List<GivenAnswer> Answers { get; set; } = [];

    /// <summary>A question the customer went back to ("back" / "上一题"); asked before the next unanswered one.</summary>
    public string? Revisit { get; set; }

    /// <summary>Unusable answers in a row to the open question.</summary>
    public int Retries { get; set; }

    /// <summary>The answers keyed by question id, for conditions and navigation.</summary>
    public Dictionary<string, AnswerValue> AnswerMap()
    {
        var map = new Dictionary<string, AnswerValue>(Answers.Count, StringComparer.Ordinal);
        foreach (var answer in Answers)
        {
            map[answer.QuestionId] = answer.ToValue();
        }

        return map;
    }

    /// <summary>Records or replaces the answer to <paramref name="questionId"/>.</summary>
    public void Put(string questionId, AnswerValue value)
    {
        Answers.RemoveAll(a => string.Equals(a.QuestionId, questionId, StringComparison.Ordinal));
        Answers.Add(GivenAnswer.From(questionId, value));
    }
}
