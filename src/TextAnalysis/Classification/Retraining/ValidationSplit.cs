namespace AfterSalesBot.TextAnalysis.Classification.Retraining;

/// <summary>
/// The fixed validation set of retraining: the fifth of the seed corpus chosen by a stable hash (FNV-1a) of each text,
/// the same rows the seed-corpus quality tests hold back. Fixed so that two models are always compared on the same rows.
/// </summary>
public static class ValidationSplit
{
    /// <summary>True when <paramref name="text"/> belongs to the validation fifth.</summary>
    public static bool IsValidation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var h = 2166136261u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }

        return h % 5 == 0;
    }
}
