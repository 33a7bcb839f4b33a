namespace AfterSalesBot.TextAnalysis.Classification.Tagging;

/// <summary>How <see cref="CommentTagger"/> turns model probabilities into tags.</summary>
public sealed record TaggerOptions
{
    /// <summary>A secondary category is listed when its probability reaches this (the main one always is).</summary>
    public double SecondaryCategoryThreshold { get; init; } = 0.2;

    /// <summary>At most this many categories per comment.</summary>
    public int MaxCategories { get; init; } = 3;

    /// <summary>
    /// Log-odds added to the calibrated sentiment and emotion scores when the comment's 1–5 rating is known
    /// (a comment under a 1-star rating is rarely positive). Empty turns the rating prior off.
    /// </summary>
    public RatingPrior RatingPrior { get; init; } = RatingPrior.Default;
}
