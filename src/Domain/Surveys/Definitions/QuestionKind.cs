namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>The kinds of question a survey can ask.</summary>
public enum QuestionKind
{
    SingleChoice = 0,
    MultipleChoice = 1,

    /// <summary>CSAT-style rating 1–5 with labels (1 = very dissatisfied … 5 = very satisfied).</summary>
    Rating = 2,

    /// <summary>Net Promoter Score, 0–10.</summary>
    Nps = 3,

    /// <summary>Customer Effort Score, 1–7 (1 = very difficult … 7 = very easy).</summary>
    Ces = 4,
    YesNo = 5,
    ShortText = 6,
    OpenText = 7,
    Date = 8,

    /// <summary>The last digits of a phone number (enough for a call-back, no more).</summary>
    PhoneTail = 9,
}
