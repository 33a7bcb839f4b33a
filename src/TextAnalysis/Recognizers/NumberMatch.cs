namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>A number found in text.</summary>
/// <param name="Text">The matched text, as written.</param>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="End">Offset of the last UTF-16 code unit (inclusive).</param>
/// <param name="Value">The value.</param>
/// <param name="Subtype"><c>integer</c>, <c>decimal</c>, <c>fraction</c> or <c>power</c>.</param>
public sealed record NumberMatch(string Text, int Start, int End, double Value, string Subtype);
