using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.TextAnalysis.Recognizers;

namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>
/// The short closure survey about a resolved ticket: "is it solved?", then "are you satisfied?" (only when solved);
/// or, days later, "did the fix hold?". The answer goes to the host as a <see cref="TicketAnswer"/>.
/// </summary>
public static class TicketCheckDialog
{
    private static readonly string[] NotSolvedWords =
        ["没解决", "没有解决", "未解决", "还没", "没好", "不行", "又出问题", "又坏", "还是坏", "not solved", "unsolved", "not fixed", "came back", "still broken", "again", "not yet"];

    private static readonly string[] SolvedWords =
        ["已解决", "解决了", "好了", "修好了", "没问题", "一切正常", "正常", "solved", "fixed", "all fine", "works", "fine"];

    private static readonly string[] NotSatisfiedWords = ["不满意", "不太满意", "not satisfied", "unsatisfied", "dissatisfied"];

    private static readonly string[] SatisfiedWords = ["满意", "很满意", "非常满意", "satisfied", "happy"];

    /// <summary>The question that opens a check (sent proactively by the host, and re-asked after an unclear answer).</summary>
    public static Activity Question(TicketCheck check, string locale, int followUpDays, string? lead = null)
    {
        var texts = ComplaintTexts.For(locale);
        var (prompt, yes, no) = check switch
        {
            { Kind: TicketCheckKind.FollowUp } => (string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.AskHeld, followUpDays, check.TicketNumber), texts.Held, texts.NotHeld),
            { Solved: true } => (texts.AskSatisfied, texts.Satisfied, texts.NotSatisfied),
            _ => (string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.AskSolved, check.TicketNumber), texts.Solved, texts.NotSolved),
        };
        var message = Activity.CreateMessage(lead is null ? prompt : $"{lead}\n{prompt}");
        message.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(yes, yes), CardAction.ImBack(no, no)] };
        return message;
    }

    /// <summary>Reads the answer; sets <see cref="SurveyTurn.TicketAnswer"/> when the check is complete.</summary>
    internal static void Answer(SurveyTurn turn, TicketCheck check, string text)
    {
        var satisfactionStep = check.Kind == TicketCheckKind.Confirmation && check.Solved == true;
        var answer = satisfactionStep ? Read(text, turn.Locale, SatisfiedWords, NotSatisfiedWords) : Read(text, turn.Locale, SolvedWords, NotSolvedWords);
        if (answer is null)
        {
            check.Retries++;
            turn.Send(Question(check, turn.Locale, 0, ComplaintTexts.For(turn.Locale).NeedYesNo));
            return;
        }

        // Anything said beyond the button's words is kept verbatim on the ticket.
        var comment = IsButtonWord(text, turn.Locale) ? null : text.Trim();
        if (check.Kind == TicketCheckKind.Confirmation && check.Solved is null && answer.Value)
        {
            check.Solved = true;
            check.Retries = 0;
            turn.Send(Question(check, turn.Locale, 0));
            return;
        }

        turn.State.TicketCheck = null;
        turn.TicketAnswer = check.Kind == TicketCheckKind.FollowUp
            ? new TicketAnswer(check.TicketNumber, TicketCheckKind.FollowUp, answer.Value, null, comment, turn.ReplyCount)
            : new TicketAnswer(check.TicketNumber, TicketCheckKind.Confirmation, check.Solved == true, satisfactionStep ? answer.Value : null, comment, turn.ReplyCount);
    }

    private static bool? Read(string text, string locale, string[] yesWords, string[] noWords)
    {
        var folded = text.Trim().ToLowerInvariant();
        if (noWords.Any(w => folded.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        if (yesWords.Any(w => folded.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        var yesNo = YesNoRecognizer.Recognize(text, locale);
        return yesNo.IsRecognized ? yesNo.Value : null;
    }

    private static bool IsButtonWord(string text, string locale)
    {
        var texts = ComplaintTexts.For(locale);
        var trimmed = text.Trim();
        return trimmed.Length <= 4
            || new[] { texts.Solved, texts.NotSolved, texts.Satisfied, texts.NotSatisfied, texts.Held, texts.NotHeld, texts.Yes, texts.No }
                .Any(b => string.Equals(b, trimmed, StringComparison.OrdinalIgnoreCase));
    }
}
