namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// How a report needs its cells: per day (trends), per value of one attribute (cross-analysis), or per month × team ×
/// service stage × channel (the monthly table). The store sums everything else away, so a report reads one cell per
/// group rather than one per attribute combination.
/// </summary>
public sealed record ReportGrouping
{
    private ReportGrouping(ReportGroupingKind kind, ReportAttribute? attribute)
    {
        Kind = kind;
        Attribute = attribute;
    }

    public ReportGroupingKind Kind { get; }

    /// <summary>The attribute of <see cref="ReportGroupingKind.Attribute"/>.</summary>
    public ReportAttribute? Attribute { get; }

    /// <summary>One cell set per day (the cell key's day; attributes are the filter's).</summary>
    public static ReportGrouping Days { get; } = new(ReportGroupingKind.Day, null);

    /// <summary>One cell set per month × team × service stage × channel (the key's day is the month's first day).</summary>
    public static ReportGrouping MonthlyTable { get; } = new(ReportGroupingKind.MonthlyTable, null);

    /// <summary>One cell set per value of <paramref name="attribute"/>.</summary>
    public static ReportGrouping By(ReportAttribute attribute) => new(ReportGroupingKind.Attribute, attribute);
}
