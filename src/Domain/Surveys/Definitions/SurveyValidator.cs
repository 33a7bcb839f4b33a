using System.Text.RegularExpressions;

namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>
/// The meaning stage of validation: ids unique and well formed, every text in every language, every condition
/// and jump target existing and well typed, every question reachable; warnings for surveys longer than the
/// domain's guidance (more than <see cref="MaxAlwaysAskedQuestions"/> questions asked of everyone, or an
/// estimate over <see cref="MaxEstimatedSeconds"/> seconds).
/// </summary>
public static partial class SurveyValidator
{
    /// <summary>"At most ~10 questions" (domain.md §1).</summary>
    public const int MaxAlwaysAskedQuestions = 10;

    /// <summary>"Answerable in 5 minutes or less" (domain.md §1).</summary>
    public const int MaxEstimatedSeconds = 300;

    public static IReadOnlyList<SurveyIssue> Validate(SurveyDefinition survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var issues = new List<SurveyIssue>();
        var source = survey.Source;
        void Error(string? question, string message) => issues.Add(new(SurveyIssueSeverity.Error, source, question, message));

        if (survey.SchemaVersion != SurveyDefinitionReader.CurrentSchemaVersion)
        {
            Error(null, $"schemaVersion {survey.SchemaVersion} is not supported (this build reads {SurveyDefinitionReader.CurrentSchemaVersion})");
        }

        if (!SurveyId().IsMatch(survey.Id))
        {
            Error(null, $"survey id '{survey.Id}' must be lower-case letters, digits and '-'");
        }

        if (survey.Version < 1)
        {
            Error(null, "version must be 1 or more");
        }

        if (survey.Languages.Count == 0)
        {
            Error(null, "languages must list at least one language, e.g. [\"zh-CN\", \"en-US\"]");
        }

        CheckText(survey, null, "title", survey.Title, Error);
        CheckText(survey, null, "greeting", survey.Greeting, Error);
        CheckText(survey, null, "completion", survey.Completion, Error);
        if (survey.Questions.Count == 0)
        {
            Error(null, "a survey needs at least one question");
            return issues;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in survey.Questions)
        {
            if (!QuestionId().IsMatch(question.Id))
            {
                Error(question.Id, "ids start with a letter and use letters, digits and '_' (they become export column names)");
            }

            if (!seen.Add(question.Id))
            {
                Error(question.Id, "the id is used by another question too");
            }

            CheckText(survey, question.Id, "prompt", question.Prompt, Error);
            CheckKind(survey, question, Error);
        }

        for (var index = 0; index < survey.Questions.Count; index++)
        {
            var question = survey.Questions[index];
            if (question.ShowIf is not null)
            {
                SurveyConditionChecker.Check(survey, question, index, question.ShowIf, "showIf", Error);
            }

            foreach (var jump in question.Jumps ?? [])
            {
                if (jump.When is not null)
                {
                    // A jump is taken after the question itself is answered, so it may read this question too.
                    SurveyConditionChecker.Check(survey, question, index + 1, jump.When, "jumps.when", Error);
                }

                var target = survey.IndexOf(jump.To);
                if (jump.To != Jump.End && target < 0)
                {
                    Error(question.Id, $"jumps to '{jump.To}', which is not a question of this survey (use \"end\" to finish)");
                }
                else if (target >= 0 && target <= index)
                {
                    Error(question.Id, $"jumps back to '{jump.To}'; jumps only go forward, so a survey always ends");
                }
            }
        }

        foreach (var unreachable in Unreachable(survey))
        {
            Error(unreachable.Id, "no path from the first question reaches it (check the jumps before it)");
        }

        var alwaysAsked = survey.Questions.Count(q => q.ShowIf is null);
        if (alwaysAsked > MaxAlwaysAskedQuestions)
        {
            issues.Add(new(SurveyIssueSeverity.Warning, source, null,
                $"{alwaysAsked} questions are asked of every customer; the guidance is at most {MaxAlwaysAskedQuestions}"));
        }

        var seconds = survey.Questions.Sum(q => q.EstimateSeconds());
        if (seconds > MaxEstimatedSeconds)
        {
            issues.Add(new(SurveyIssueSeverity.Warning, source, null,
                $"answering every question takes about {seconds / 60.0:0.#} minutes; the guidance is at most {MaxEstimatedSeconds / 60} minutes"));
        }

        return issues;
    }

    private static void CheckKind(SurveyDefinition survey, Question question, Action<string?, string> error)
    {
        switch (question)
        {
            case ChoiceQuestion choice:
                if (choice.Options.Count < 2)
                {
                    error(question.Id, "a choice question needs at least two options");
                }

                var optionIds = new HashSet<string>(StringComparer.Ordinal);
                foreach (var option in choice.Options)
                {
                    if (!QuestionId().IsMatch(option.Id))
                    {
                        error(question.Id, $"option id '{option.Id}' must start with a letter and use letters, digits and '_'");
                    }

                    if (!optionIds.Add(option.Id))
                    {
                        error(question.Id, $"option id '{option.Id}' is used twice");
                    }

                    CheckText(survey, question.Id, $"option '{option.Id}' label", option.Label, error);
                }

                if (choice is MultipleChoiceQuestion multiple
                    && (multiple.MinSelections < 1 || multiple.MinSelections > choice.Options.Count
                        || multiple.MaxSelections < multiple.MinSelections || multiple.MaxSelections > choice.Options.Count))
                {
                    error(question.Id, $"minSelections/maxSelections must satisfy 1 ≤ min ≤ max ≤ {choice.Options.Count}");
                }

                break;
            case ScaleQuestion scale:
                foreach (var (point, label) in scale.Labels ?? new Dictionary<string, LocalizedText>())
                {
                    if (!int.TryParse(point, out var value) || value < scale.Min || value > scale.Max)
                    {
                        error(question.Id, $"label key '{point}' is not a point of the {scale.Min}–{scale.Max} scale");
                    }

                    CheckText(survey, question.Id, $"label '{point}'", label, error);
                }

                break;
            case TextQuestion text when text.MaxLength is < 1 or > 4000:
                error(question.Id, "maxLength must be between 1 and 4000 characters");
                break;
            case PhoneTailQuestion phone when phone.Digits is < 3 or > 6:
                error(question.Id, "digits must be between 3 and 6 (a tail, never the whole number)");
                break;
        }
    }

    private static void CheckText(SurveyDefinition survey, string? questionId, string what, LocalizedText text, Action<string?, string> error)
    {
        foreach (var language in survey.Languages)
        {
            if (!text.TryGetValue(language, out var value) || string.IsNullOrWhiteSpace(value))
            {
                error(questionId, $"{what} has no {language} text");
            }
        }
    }

    private static IEnumerable<Question> Unreachable(SurveyDefinition survey)
    {
        var reached = new bool[survey.Questions.Count];
        var pending = new Stack<int>([0]);
        while (pending.Count > 0)
        {
            var index = pending.Pop();
            if (index >= survey.Questions.Count || reached[index])
            {
                continue;
            }

            reached[index] = true;
            var question = survey.Questions[index];
            var fallsThrough = true;
            foreach (var jump in question.Jumps ?? [])
            {
                var target = survey.IndexOf(jump.To);
                if (target > index)
                {
                    pending.Push(target);
                }

                if (jump.When is null)
                {
                    fallsThrough = false;
                    break;
                }
            }

            // A question passed over by its showIf continues with the next one whatever its jumps say.
            if (fallsThrough || question.ShowIf is not null)
            {
                pending.Push(index + 1);
            }
        }

        return survey.Questions.Where((_, i) => !reached[i]);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SurveyId();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex QuestionId();
}
