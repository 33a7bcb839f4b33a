namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>What a recognizer made of an answer.</summary>
public enum RecognitionStatus
{
    /// <summary>One value was found; <see cref="Recognition{T}.Value"/> holds it.</summary>
    Recognized,

    /// <summary>Several values fit equally well ("3 or 4"); the caller should re-prompt with <see cref="Recognition{T}.Candidates"/>.</summary>
    Ambiguous,

    /// <summary>Nothing usable was found.</summary>
    NotRecognized,
}
