namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>Checks that a condition has one form, reads only questions asked before it, and compares each with a value of its kind.</summary>
internal static class SurveyConditionChecker
{
    /// <param name="askedBefore">Questions at positions below this one are answered (or passed) when the condition is evaluated.</param>
    public static void Check(SurveyDefinition survey, Question owner, int askedBefore, Condition condition, string where, Action<string?, string> error)
    {
        var forms = (condition.Any is null ? 0 : 1) + (condition.All is null ? 0 : 1) + (condition.Question is null ? 0 : 1);
        if (forms != 1)
        {
            error(owner.Id, $"{where}: a condition has exactly one of \"any\", \"all\" or \"question\"");
            return;
        }

        foreach (var child in (condition.Any ?? []).Concat(condition.All ?? []))
        {
            Check(survey, owner, askedBefore, child, where, error);
        }

        if (condition.Question is null)
        {
            if ((condition.Any ?? condition.All)!.Count == 0)
            {
                error(owner.Id, $"{where}: \"any\"/\"all\" needs at least one condition");
            }

            if (CountComparisons(condition) > 0)
            {
                error(owner.Id, $"{where}: comparisons belong inside a {{\"question\": ...}} condition");
            }

            return;
        }

        var index = survey.IndexOf(condition.Question);
        if (index < 0)
        {
            error(owner.Id, $"{where}: reads question '{condition.Question}', which does not exist");
            return;
        }

        if (index >= askedBefore)
        {
            error(owner.Id, $"{where}: reads question '{condition.Question}', which is not asked before it");
            return;
        }

        var read = survey.Questions[index];
        var numeric = condition.Lte ?? condition.Lt ?? condition.Gte ?? condition.Gt ?? condition.Eq;
        if (CountComparisons(condition) == 0)
        {
            error(owner.Id, $"{where}: the condition on '{read.Id}' compares nothing (use lte, lt, gte, gt, eq, is, option or answered)");
        }
        else if (numeric is not null && read is not ScaleQuestion)
        {
            error(owner.Id, $"{where}: '{read.Id}' is a {read.Kind} question; number comparisons need a rating, nps or ces question");
        }
        else if (numeric is not null && read is ScaleQuestion scale
            && new[] { condition.Lte, condition.Lt, condition.Gte, condition.Gt, condition.Eq }.Any(v => v < scale.Min || v > scale.Max))
        {
            error(owner.Id, $"{where}: compares '{read.Id}' with a number outside its {scale.Min}–{scale.Max} scale");
        }
        else if (condition.Is is not null && read is not YesNoQuestion)
        {
            error(owner.Id, $"{where}: '{read.Id}' is a {read.Kind} question; \"is\" needs a yesNo question");
        }
        else if (condition.Option is not null && read is not ChoiceQuestion)
        {
            error(owner.Id, $"{where}: '{read.Id}' is a {read.Kind} question; \"option\" needs a choice question");
        }
        else if (condition.Option is not null && read is ChoiceQuestion choice && choice.FindOption(condition.Option) is null)
        {
            error(owner.Id, $"{where}: '{read.Id}' has no option '{condition.Option}'");
        }
    }

    private static int CountComparisons(Condition c) =>
        new object?[] { c.Lte, c.Lt, c.Gte, c.Gt, c.Eq, c.Is, c.Option, c.Answered }.Count(v => v is not null);
}
