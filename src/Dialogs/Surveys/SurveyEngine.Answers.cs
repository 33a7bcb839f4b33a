using System.Globalization;
using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.Dialogs.Surveys.Commands;
using AfterSalesBot.Dialogs.Surveys.Prompts;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>Answering, going back, changing an answer and skipping.</summary>
public sealed partial class SurveyEngine
{
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "你好", "您好", "在吗", "在不在", "哈喽", "嗨", "hi", "hello", "hey", "hi there", "hello there", "good morning", "good afternoon", "早上好", "下午好", "晚上好",
    };

    /// <summary>The lowest 1–5 rating given so far in this response (the prior the comment tagger takes), or null.</summary>
    private static int? LowestRating(SurveyDefinition survey, SurveyProgress progress)
    {
        var ratings = survey.Questions.OfType<RatingQuestion>().Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var given = progress.Answers
            .Where(a => a.Kind == AnswerKind.Number && a.Number is not null && ratings.Contains(a.QuestionId))
            .Select(a => (int)a.Number!.Value)
            .ToList();
        return given.Count == 0 ? null : given.Min();
    }

    private void OnSurveyMessage(SurveyTurn turn, SurveyDefinition survey, SurveyProgress progress, ParsedCommand? command, string text)
    {
        var texts = turn.Texts;
        var question = Current(survey, progress);
        if (question is null)
        {
            Complete(turn, survey);
            return;
        }

        switch (command?.Kind)
        {
            case CommandKind.Back:
                var back = Previous(survey, progress, question);
                if (back is null)
                {
                    AskCurrent(turn, survey, progress, texts.NothingToGoBackTo);
                    return;
                }

                progress.Revisit = back.Id;
                progress.Retries = 0;
                var given = progress.AnswerMap()[back.Id];
                AskCurrent(turn, survey, progress, Format(texts.Back, QuestionRenderer.Describe(survey, back, given, turn.Locale)));
                return;
            case CommandKind.ChangeAnswer:
                ChangePrevious(turn, survey, progress, question, command.Argument!);
                return;
            case CommandKind.Skip when question.Optional || progress.Retries >= _options.MaxReprompts:
                turn.Answer(question.Id, AnswerValue.Skipped, text);
                Advance(turn, survey, progress);
                return;
            case CommandKind.Skip:
                Reprompt(turn, survey, progress, texts.NeedsAnswer);
                return;
        }

        var (value, problem) = Evaluate(question, text, turn);
        if (value is not null)
        {
            var comment = question is OpenTextQuestion ? text : null;
            var tags = comment is null ? null : _tagger.Tag(comment, turn.Locale, LowestRating(survey, progress));
            turn.Answer(question.Id, value, text, comment, tags);
if (comment is not null)
            {
                NoteFaultComment(turn, comment, tags);
            }

            if (!OfferHandoff(turn, question, value, tags))
            {
                Advance(turn, survey, progress);
            }
        }
        else if (progress.Retries == 0 && Greetings.Contains(CommandParser.Normalize(text)))
        {
            // Someone coming back hours later says hello first: pick up the open question, without calling it a wrong answer.
            AskCurrent(turn, survey, progress, texts.WelcomeBack);
        }
        else
        {
            Reprompt(turn, survey, progress, problem!);
        }
    }

    private static void Advance(SurveyTurn turn, SurveyDefinition survey, SurveyProgress progress)
    {
        progress.Revisit = null;
        progress.Retries = 0;
        AskCurrent(turn, survey, progress, lead: null);
    }

    private void Reprompt(SurveyTurn turn, SurveyDefinition survey, SurveyProgress progress, string problem)
    {
        progress.Retries++;
        var offerSkip = progress.Retries >= _options.MaxReprompts;
        var separator = turn.Locale.StartsWith("zh", StringComparison.Ordinal) ? string.Empty : " ";
        AskCurrent(turn, survey, progress, offerSkip ? $"{problem}{separator}{turn.Texts.OfferSkip}" : problem, offerSkip);
    }

    private void ChangePrevious(SurveyTurn turn, SurveyDefinition survey, SurveyProgress progress, Question current, string newValue)
    {
        var texts = turn.Texts;
        var target = Previous(survey, progress, current);
        if (target is null)
        {
            AskCurrent(turn, survey, progress, texts.NothingToChange);
            return;
        }

        var (value, problem) = Evaluate(target, newValue, turn);
        if (value is null)
        {
            AskCurrent(turn, survey, progress, $"{problem} {QuestionRenderer.Hint(survey, target, turn.Locale)}".TrimEnd());
            return;
        }

        var comment = target is OpenTextQuestion ? newValue : null;
        turn.Answer(target.Id, value, newValue, comment, comment is null ? null : _tagger.Tag(comment, turn.Locale, LowestRating(survey, progress)));
        var name = target.Prompt.For(turn.Locale, survey.Languages[0]);
        AskCurrent(turn, survey, progress, Format(texts.Changed, name, QuestionRenderer.Describe(survey, target, value, turn.Locale)));
    }

    /// <summary>The answered question just before <paramref name="current"/> in survey order, or null.</summary>
    private static Question? Previous(SurveyDefinition survey, SurveyProgress progress, Question current)
    {
        var answers = progress.AnswerMap();
        var index = survey.IndexOf(current.Id);
        for (var i = index - 1; i >= 0; i--)
        {
            if (answers.ContainsKey(survey.Questions[i].Id))
            {
                return survey.Questions[i];
            }
        }

        return null;
    }

    /// <summary>The answer <paramref name="text"/> gives to <paramref name="question"/>, or the message that explains why it cannot be used.</summary>
    private (AnswerValue? Value, string? Problem) Evaluate(Question question, string text, SurveyTurn turn)
    {
        var texts = turn.Texts;
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, texts.EmptyAnswer);
        }

        if (question is TextQuestion textQuestion)
        {
            // Kept verbatim; length counted as a person counts it (an emoji or a Chinese character is one).
            var length = new StringInfo(text.Trim()).LengthInTextElements;
            return length > textQuestion.MaxLength
                ? (null, Format(texts.TooLong, length, textQuestion.MaxLength))
                : (AnswerValue.FromText(text), null);
        }

        var meaning = _interpreter.Interpret(question, text, turn.Locale, turn.Request.Now);
        return meaning.Outcome switch
        {
            InterpretationOutcome.Accepted => (meaning.Value, null),
            InterpretationOutcome.Ambiguous => (null, Format(texts.Ambiguous, string.Join(turn.Locale.StartsWith("zh", StringComparison.Ordinal) ? "、" : ", ", meaning.Candidates))),
            InterpretationOutcome.OutOfRange when question is ScaleQuestion scale => (null, Format(texts.OutOfRange, scale.Min, scale.Max)),
            InterpretationOutcome.FutureDate => (null, texts.FutureDate),
            InterpretationOutcome.WrongSelectionCount when question is MultipleChoiceQuestion multiple =>
                (null, Format(texts.SelectionCount, multiple.MinSelections, multiple.MaxSelections ?? multiple.Options.Count)),
            _ => (null, texts.NotUnderstood),
        };
    }

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
