namespace AfterSalesBot.TextAnalysis.Recognizers.Lexicons;

/// <summary>What a yes/no lexicon phrase means.</summary>
internal enum YesNoWord
{
    Yes,
    No,

    /// <summary>"maybe", "看情况": the answer is neither.</summary>
    Hedge,

    /// <summary>Words that contain yes/no characters but mean neither ("不好意思").</summary>
    Neutral,
}
