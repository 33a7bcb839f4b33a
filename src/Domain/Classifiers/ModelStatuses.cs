namespace AfterSalesBot.Domain.Classifiers;

/// <summary>The states of a trained classifier model.</summary>
public static class ModelStatuses
{
    /// <summary>Tags new comments; at most one per task.</summary>
    public const string Promoted = "promoted";

    /// <summary>Trained but worse than the promoted model on the validation set; kept for inspection, never used.</summary>
    public const string Candidate = "candidate";

    /// <summary>Was promoted, then replaced by a newer model; a rollback may bring it back.</summary>
    public const string Retired = "retired";

    /// <summary>Was promoted, then rolled back; a plain rollback never brings it back (only by naming its version).</summary>
    public const string RolledBack = "rolled_back";
}
