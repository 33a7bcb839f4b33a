using System.Globalization;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;
using AfterSalesBot.TextAnalysis.Recognizers;

namespace AfterSalesBot.Dialogs.Surveys.Answers;

/// <summary>
/// Interprets answers with the recognizers of TextAnalysis: ratings in any script or in words, options by
/// label, synonym or number, yes/no in both languages, relative dates, phone tails. Ambiguity is passed on
/// (the customer is asked to pick), never resolved by guessing.
/// </summary>
public sealed class RecognizerAnswerInterpreter : IAnswerInterpreter
{
    public Interpretation Interpret(Question question, string text, string locale, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question switch
        {
            ScaleQuestion scale => Scale(scale, text, locale),
            SingleChoiceQuestion single => Single(single, text, locale),
            MultipleChoiceQuestion multiple => Multiple(multiple, text, locale),
            YesNoQuestion => YesNo(text, locale),
            DateQuestion date => Date(date, text, locale, now),
            PhoneTailQuestion phone => PhoneTailRecognizer.Recognize(text, phone.Digits) is { IsRecognized: true, Value: { } tail }
                ? Interpretation.Accept(AnswerValue.FromText(tail))
                : Interpretation.NotUnderstood,
            _ => throw new ArgumentException($"Question kind {question.Kind} is answered in free text, not interpreted.", nameof(question)),
        };
    }

    private static Interpretation Scale(ScaleQuestion scale, string text, string locale)
    {
        var rating = RatingRecognizer.Recognize(text, scale.Min, scale.Max, locale);
        switch (rating.Status)
        {
            case RecognitionStatus.Recognized:
                return Interpretation.Accept(AnswerValue.FromNumber(rating.Value));
            case RecognitionStatus.Ambiguous:
                return Interpretation.Ambiguous([.. rating.Candidates.Select(c => c.ToString(CultureInfo.InvariantCulture))]);
        }

        // Not on the scale: tell "8 on a 1–5 scale" apart from "no idea what that means", so the re-prompt can say which.
        var wide = RatingRecognizer.Recognize(text, -1000, 1000, locale);
        return wide.IsRecognized && (wide.Value < scale.Min || wide.Value > scale.Max)
            ? Interpretation.Reject(InterpretationOutcome.OutOfRange)
            : Interpretation.NotUnderstood;
    }

    private static Interpretation Single(SingleChoiceQuestion question, string text, string locale)
    {
        var choice = ChoiceRecognizer.Recognize(text, Options(question), locale);
        return choice.Status switch
        {
            RecognitionStatus.Recognized => Interpretation.Accept(AnswerValue.FromChoice(choice.Value!)),
            RecognitionStatus.Ambiguous => Interpretation.Ambiguous([.. choice.Candidates.Select(id => Label(question, id, locale))]),
            _ => Interpretation.NotUnderstood,
        };
    }

    private static Interpretation Multiple(MultipleChoiceQuestion question, string text, string locale)
    {
        var choices = ChoiceRecognizer.RecognizeMany(text, Options(question), locale);
        switch (choices.Status)
        {
            case RecognitionStatus.Ambiguous:
                return Interpretation.Ambiguous([.. choices.Candidates.SelectMany(c => c).Distinct().Select(id => Label(question, id, locale))]);
            case RecognitionStatus.NotRecognized:
                return Interpretation.NotUnderstood;
        }

        var ids = choices.Value!;
        var max = question.MaxSelections ?? question.Options.Count;
        return ids.Count < question.MinSelections || ids.Count > max
            ? Interpretation.Reject(InterpretationOutcome.WrongSelectionCount)
            : Interpretation.Accept(AnswerValue.FromChoices(ids));
    }

    private static Interpretation YesNo(string text, string locale)
    {
        var answer = YesNoRecognizer.Recognize(text, locale);
        return answer.Status switch
        {
            RecognitionStatus.Recognized => Interpretation.Accept(AnswerValue.FromBoolean(answer.Value)),
            RecognitionStatus.Ambiguous => Interpretation.Ambiguous(locale.StartsWith("zh", StringComparison.Ordinal) ? ["是", "否"] : ["yes", "no"]),
            _ => Interpretation.NotUnderstood,
        };
    }

    private static Interpretation Date(DateQuestion question, string text, string locale, DateTimeOffset now)
    {
        var date = DateRecognizer.Recognize(text, now, locale);
        switch (date.Status)
        {
            case RecognitionStatus.Ambiguous:
                return Interpretation.Ambiguous([.. date.Candidates.Select(c => c.ToString())]);
            case RecognitionStatus.NotRecognized:
                return Interpretation.NotUnderstood;
        }

        // A span ("last month") is stored as its first day; the customer's words are kept verbatim beside it.
        var day = date.Value!.Start;
        return question.NotInFuture && day > DateOnly.FromDateTime(now.UtcDateTime)
            ? Interpretation.Reject(InterpretationOutcome.FutureDate)
            : Interpretation.Accept(AnswerValue.FromDate(day));
    }

    /// <summary>Each option with every way to say it: its id, its labels in every language, its synonyms.</summary>
    private static List<ChoiceOption> Options(ChoiceQuestion question) =>
        [.. question.Options.Select(o => new ChoiceOption(
            o.Id,
            [.. o.Label.Values, .. (o.Synonyms ?? new Dictionary<string, IReadOnlyList<string>>()).Values.SelectMany(s => s)]))];

    private static string Label(ChoiceQuestion question, string id, string locale) =>
        question.FindOption(id)?.Label.For(locale, "en-US") ?? id;
}
