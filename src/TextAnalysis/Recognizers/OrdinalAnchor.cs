namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>What an ordinal counts from.</summary>
public enum OrdinalAnchor
{
    /// <summary>From the first item ("third" = 3).</summary>
    Start,

    /// <summary>From the last item ("last" = end+0, "penultimate" = end-1).</summary>
    End,

    /// <summary>From the current item ("next" = current+1).</summary>
    Current,
}
