namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>A yes/no word found in text.</summary>
/// <param name="Text">The matched text, as written.</param>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="End">Offset of the last UTF-16 code unit (inclusive).</param>
/// <param name="Value">True for yes.</param>
public sealed record YesNoMatch(string Text, int Start, int End, bool Value);
