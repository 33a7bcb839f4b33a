namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>A question answered in the customer's own words, kept verbatim up to <see cref="MaxLength"/> characters.</summary>
public abstract class TextQuestion : Question
{
    /// <summary>The longest answer accepted, in characters as a person counts them (an emoji is one).</summary>
    public abstract int MaxLength { get; init; }
}
