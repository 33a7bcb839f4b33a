namespace AfterSalesBot.Domain.Reports;

/// <summary>How feedback from other sources (`aftersales import comments`) is stored beside survey answers.</summary>
public static class ImportedFeedback
{
    /// <summary>The question id of the imported comment text.</summary>
    public const string CommentQuestion = "importedComment";

    /// <summary>The question id of the optional 1–5 rating that came with it.</summary>
    public const string RatingQuestion = "importedRating";
}
