namespace AfterSalesBot.Domain.Classifiers;

/// <summary>A stored comment with a label to learn from (an analyst's label, or a sentiment its ratings make unambiguous).</summary>
public sealed record TrainingText(long CommentId, string Text, string Label);
