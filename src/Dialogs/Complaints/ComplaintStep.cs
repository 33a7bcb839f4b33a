namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>The intake question the customer is on, in the order they are asked.</summary>
public enum ComplaintStep
{
    Product = 0,
    PurchaseDate = 1,
    Description = 2,

    /// <summary>The description was too vague: one follow-up asks for the concrete symptom.</summary>
    DescriptionDetail = 3,

    /// <summary>The classifier's category is shown; the customer confirms it or names another.</summary>
    Category = 4,
    Demand = 5,
    Contact = 6,
}
