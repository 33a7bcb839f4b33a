using AfterSalesBot.Domain.Reports;

namespace AfterSalesBot.Storage.Stores;

/// <summary>What one response adds to the aggregates: its cell, whether completed and flagged, its numeric answers and its comments' tags.</summary>
internal sealed record ReportContribution(
    string SurveyId,
    string Day,
    string Channel,
    string Locale,
    string CustomerType,
    string Product,
    string StaffId,
    string Team,
    string ServiceStage,
    bool Completed,
    bool Flagged,
    IReadOnlyList<ReportNumber> Numbers,
    IReadOnlyList<ReportTag> Tags)
{
    public CellKey Key => new(SurveyId, DateOnly.ParseExact(Day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Channel, Locale, CustomerType, Product, StaffId, Team, ServiceStage);
}

/// <summary>A numeric answer of a folded response.</summary>
internal sealed record ReportNumber(string QuestionId, double Value);

/// <summary>A comment's effective category and sentiment.</summary>
internal sealed record ReportTag(string Category, string Sentiment);
