namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>A date or date range found in text.</summary>
/// <param name="Text">The matched text, as written.</param>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="End">Offset of the last UTF-16 code unit (inclusive).</param>
/// <param name="IsRange">True for a period ("last month", "2024年", "上周"), false for a day.</param>
/// <param name="Timex">TIMEX3 value as Recognizers-Text writes it ("2024-05-01", "XXXX-05-01", "XXXX-WXX-2", "2016-10", "2017-W14").</param>
/// <param name="Values">
/// The days meant, inclusive. One value when the text fixes the date; two (the last occurrence before the
/// reference and the next after it) when it leaves the year or week open ("5月1号", "Friday").
/// </param>
/// <param name="ExplicitEnd">True when a range's end was written by the customer ("从1月10日到20日"): its last day is the stated one.</param>
public sealed record DateMatch(string Text, int Start, int End, bool IsRange, string Timex, IReadOnlyList<DateSpan> Values, bool ExplicitEnd = false);
