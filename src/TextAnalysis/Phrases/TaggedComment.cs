using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.TextAnalysis.Phrases;

/// <summary>A comment as the customer wrote it, with the tags the tagger gave it.</summary>
public sealed record TaggedComment(string Text, CommentTagResult Tags);
