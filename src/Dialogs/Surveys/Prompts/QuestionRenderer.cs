using System.Globalization;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Dialogs.Surveys.Prompts;

/// <summary>
/// Renders a question as a message: the prompt, a text line listing the answers (so channels without buttons
/// work too), and imBack buttons whose value is plain text, since Web Chat sends that value as the message.
/// </summary>
public static class QuestionRenderer
{
    /// <param name="offerSkip">Adds a skip button to a required question (after repeated unusable answers).</param>
    public static Activity Render(SurveyDefinition survey, Question question, string locale, string? lead = null, bool offerSkip = false)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(question);
        var texts = EngineTexts.For(locale);
        var prompt = question.Prompt.For(locale, survey.Languages[0]);
        var hint = Hint(survey, question, locale);
        var text = lead is null ? prompt : $"{lead}\n{prompt}";
        if (hint.Length > 0)
        {
            text = $"{text}\n{hint}";
        }

        var message = Activity.CreateMessage(text);
        var buttons = Buttons(survey, question, locale);
        if (question.Optional || offerSkip)
        {
            buttons.Add(CardAction.ImBack(texts.Skip, texts.Skip));
        }

        if (buttons.Count > 0)
        {
            message.SuggestedActions = new SuggestedActions { Actions = buttons };
        }

        return message;
    }

    /// <summary>The line that tells a customer what kind of answer works, used under the prompt and in re-prompts.</summary>
    public static string Hint(SurveyDefinition survey, Question question, string locale)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var texts = EngineTexts.For(locale);
        var fallback = survey.Languages[0];
        var hint = question switch
        {
            ScaleQuestion scale => string.Format(CultureInfo.InvariantCulture, texts.ScaleHint, scale.Min, scale.Max, ScaleLabels(scale, locale, fallback)),
            MultipleChoiceQuestion multiple => string.Format(CultureInfo.InvariantCulture, texts.MultipleHint, OptionList(multiple, locale, fallback)),
            ChoiceQuestion choice => string.Format(CultureInfo.InvariantCulture, texts.ChoiceHint, OptionList(choice, locale, fallback)),
            YesNoQuestion => texts.YesNoHint,
            DateQuestion => texts.DateHint,
            PhoneTailQuestion phone => string.Format(CultureInfo.InvariantCulture, texts.PhoneTailHint, phone.Digits),
            _ => string.Empty,
        };
        hint = hint.TrimEnd();
        if (question.Optional && question is not TextQuestion)
        {
            hint = hint.Length == 0 ? texts.OptionalHint : $"{hint} {texts.OptionalHint}";
        }

        return hint;
    }

    /// <summary>An answer as the customer would recognise it: "4 满意", "个人客户", "是", "（跳过）".</summary>
    public static string Describe(SurveyDefinition survey, Question question, AnswerValue value, string locale)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(value);
        var texts = EngineTexts.For(locale);
        var fallback = survey.Languages[0];
        switch (value.Kind)
        {
            case AnswerKind.Skipped:
                return texts.Skipped;
            case AnswerKind.Boolean:
                return value.Text == "true" ? texts.Yes : texts.No;
            case AnswerKind.Choice or AnswerKind.Choices when question is ChoiceQuestion choice:
                return string.Join(", ", (value.Text ?? string.Empty).Split('|')
                    .Select(id => choice.FindOption(id)?.Label.For(locale, fallback) ?? id));
            case AnswerKind.Number when question is ScaleQuestion scale && value.Number is { } n:
                var label = scale.LabelOf((int)n)?.For(locale, fallback);
                return label is null ? value.ToString() : $"{value} {label}";
            default:
                return value.ToString();
        }
    }

    private static List<CardAction> Buttons(SurveyDefinition survey, Question question, string locale)
    {
        var texts = EngineTexts.For(locale);
        var fallback = survey.Languages[0];
        switch (question)
        {
            case ScaleQuestion scale:
                var buttons = new List<CardAction>();
                // Ascending, as the scale is read: putting the top score first would nudge towards it.
                for (var point = scale.Min; point <= scale.Max; point++)
                {
                    var value = point.ToString(CultureInfo.InvariantCulture);
                    var label = scale.Max - scale.Min <= 6 ? scale.LabelOf(point)?.For(locale, fallback) : null;
                    buttons.Add(CardAction.ImBack(label is null ? value : $"{value} {label}", value));
                }

                return buttons;
            case ChoiceQuestion choice:
                return choice.Options.Select(o => o.Label.For(locale, fallback)).Select(l => CardAction.ImBack(l, l)).ToList();
            case YesNoQuestion:
                return [CardAction.ImBack(texts.Yes, texts.Yes), CardAction.ImBack(texts.No, texts.No)];
            default:
                return [];
        }
    }

    /// <summary>The labels of the two ends only ("1 非常不满意，5 非常满意"): the buttons carry the rest, and the line stays short.</summary>
    private static string ScaleLabels(ScaleQuestion scale, string locale, string fallback)
    {
        var parts = new List<string>();
        foreach (var point in new[] { scale.Min, scale.Max })
        {
            if (scale.LabelOf(point) is { } label)
            {
                parts.Add($"{point} = {label.For(locale, fallback)}");
            }
        }

        var zh = locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        return parts.Count == 0 ? string.Empty : zh ? $"（{string.Join("，", parts)}）" : $"({string.Join(", ", parts)})";
    }

    private static string OptionList(ChoiceQuestion choice, string locale, string fallback) =>
        string.Join("  ", choice.Options.Select((o, i) => $"{i + 1}. {o.Label.For(locale, fallback)}"));
}
