namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>
/// Decides which question comes next from the answers alone, so progress can always be rebuilt from the
/// stored answers: walk from the first question, pass over those whose <c>showIf</c> does not hold, follow
/// the jumps of answered ones, and stop at the first question on the path that has no answer.
/// </summary>
public static class SurveyNavigator
{
    /// <summary>The next question to ask, or null when the survey is finished.</summary>
    public static Question? NextQuestion(SurveyDefinition survey, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);
        var index = 0;
        while (index < survey.Questions.Count)
        {
            var question = survey.Questions[index];
            if (question.ShowIf is not null && !question.ShowIf.IsSatisfiedBy(answers))
            {
                index++;
                continue;
            }

            if (!answers.ContainsKey(question.Id))
            {
                return question;
            }

            var jump = question.Jumps?.FirstOrDefault(j => j.When is null || j.When.IsSatisfiedBy(answers));
            if (jump is null)
            {
                index++;
            }
            else if (jump.To == Jump.End)
            {
                return null;
            }
            else
            {
                // Validation guarantees targets exist and lie ahead, so this always moves forward.
                index = Math.Max(index + 1, survey.IndexOf(jump.To));
            }
        }

        return null;
    }
}
