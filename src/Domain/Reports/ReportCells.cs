namespace AfterSalesBot.Domain.Reports;

/// <summary>The aggregate cells that match a report's filter; every report number is computed from these.</summary>
public sealed record ReportCells(IReadOnlyList<ResponseCell> Responses, IReadOnlyList<QuestionCell> Questions, IReadOnlyList<CategoryCell> Categories)
{
    /// <summary>No cells at all.</summary>
    public static ReportCells Empty { get; } = new([], [], []);

    /// <summary>The cells whose key satisfies <paramref name="predicate"/>.</summary>
    public ReportCells Where(Func<CellKey, bool> predicate) => new(
        Responses.Where(c => predicate(c.Key)).ToList(),
        Questions.Where(c => predicate(c.Key)).ToList(),
        Categories.Where(c => predicate(c.Key)).ToList());
}
