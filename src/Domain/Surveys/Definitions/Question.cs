using System.Text.Json.Serialization;

namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>
/// One question of a survey. The JSON property <c>type</c> says which kind it is; every kind has an id, a
/// localized prompt, and may be optional (skippable), shown only under a condition, or jump elsewhere.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(SingleChoiceQuestion), "singleChoice")]
[JsonDerivedType(typeof(MultipleChoiceQuestion), "multipleChoice")]
[JsonDerivedType(typeof(RatingQuestion), "rating")]
[JsonDerivedType(typeof(NpsQuestion), "nps")]
[JsonDerivedType(typeof(CesQuestion), "ces")]
[JsonDerivedType(typeof(YesNoQuestion), "yesNo")]
[JsonDerivedType(typeof(ShortTextQuestion), "shortText")]
[JsonDerivedType(typeof(OpenTextQuestion), "openText")]
[JsonDerivedType(typeof(DateQuestion), "date")]
[JsonDerivedType(typeof(PhoneTailQuestion), "phoneTail")]
public abstract class Question
{
    /// <summary>Stable id: the answer key in the database and the column name in exports.</summary>
    public required string Id { get; init; }

    public required LocalizedText Prompt { get; init; }

    /// <summary>When true the customer may say "skip" / "跳过".</summary>
    public bool Optional { get; init; }

    /// <summary>Asked only when this holds for the answers given so far; otherwise passed over.</summary>
    public Condition? ShowIf { get; init; }

    /// <summary>Checked in order after the question is answered; the first that holds decides the next question.</summary>
    public IReadOnlyList<Jump>? Jumps { get; init; }

    /// <summary>Overrides the per-kind estimate of how long answering takes (for the 5-minute guidance).</summary>
    public int? EstimatedSeconds { get; init; }

    /// <summary>The kind, matching the JSON <c>type</c>.</summary>
    [JsonIgnore]
    public abstract QuestionKind Kind { get; }

    /// <summary>A typical time to answer this kind of question, in seconds.</summary>
    [JsonIgnore]
    protected abstract int TypicalSeconds { get; }

    /// <summary>The time the survey length estimate uses for this question.</summary>
    public int EstimateSeconds() => EstimatedSeconds ?? TypicalSeconds;
}
