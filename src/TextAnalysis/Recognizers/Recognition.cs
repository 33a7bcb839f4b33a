namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>
/// The outcome of recognizing one answer: a value, an explicit ambiguity (never a guess), or nothing.
/// </summary>
/// <typeparam name="T">The recognized value type.</typeparam>
public sealed record Recognition<T>
{
    private Recognition(RecognitionStatus status, T? value, IReadOnlyList<T> candidates, string? matchedText)
    {
        Status = status;
        Value = value;
        Candidates = candidates;
        MatchedText = matchedText;
    }

    /// <summary>Whether a value, an ambiguity or nothing was found.</summary>
    public RecognitionStatus Status { get; }

    /// <summary>The value; meaningful only when <see cref="Status"/> is <see cref="RecognitionStatus.Recognized"/>.</summary>
    public T? Value { get; }

    /// <summary>The competing values when <see cref="Status"/> is <see cref="RecognitionStatus.Ambiguous"/>; empty otherwise.</summary>
    public IReadOnlyList<T> Candidates { get; }

    /// <summary>The part of the input the value was read from, when there is one.</summary>
    public string? MatchedText { get; }

    /// <summary>True when <see cref="Status"/> is <see cref="RecognitionStatus.Recognized"/>.</summary>
    public bool IsRecognized => Status == RecognitionStatus.Recognized;

    /// <summary>Nothing recognized.</summary>
    public static Recognition<T> None { get; } = new(RecognitionStatus.NotRecognized, default, [], null);

    /// <summary>A single recognized value read from <paramref name="text"/>.</summary>
    public static Recognition<T> Recognized(T value, string? text) => new(RecognitionStatus.Recognized, value, [], text);

    /// <summary>Several values fit; the caller should ask again.</summary>
    public static Recognition<T> Ambiguous(IReadOnlyList<T> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return new(RecognitionStatus.Ambiguous, default, candidates, null);
    }

    /// <inheritdoc />
    public override string ToString() => Status switch
    {
        RecognitionStatus.Recognized => $"Recognized({Value}, \"{MatchedText}\")",
        RecognitionStatus.Ambiguous => $"Ambiguous({string.Join(", ", Candidates)})",
        _ => "NotRecognized",
    };
}
