namespace AfterSalesBot.TextAnalysis.Recognizers.Dates;

/// <summary>A date parse in folded text (End exclusive) before it becomes a <see cref="DateMatch"/>.</summary>
internal sealed record DateCandidate(int Start, int End, bool IsRange, string Timex, IReadOnlyList<DateSpan> Values, bool ExplicitEnd = false)
{
    public int Length => End - Start;
}
