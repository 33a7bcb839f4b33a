namespace AfterSalesBot.Dialogs.Surveys.Answers;

/// <summary>Why an answer was or was not taken; each refusal gets its own helpful re-prompt.</summary>
public enum InterpretationOutcome
{
    Accepted = 0,

    /// <summary>Nothing in the text answers the question.</summary>
    NotUnderstood = 1,

    /// <summary>More than one answer fits ("3 or 4"); the customer is asked to pick one rather than guessed for.</summary>
    Ambiguous = 2,

    /// <summary>A number outside the question's scale ("8" on a 1–5 rating).</summary>
    OutOfRange = 3,

    /// <summary>A date that has not happened yet where a past date is asked for.</summary>
    FutureDate = 4,

    /// <summary>Fewer or more options than a multiple-choice question allows.</summary>
    WrongSelectionCount = 5,
}
