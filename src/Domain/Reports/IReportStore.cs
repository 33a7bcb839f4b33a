namespace AfterSalesBot.Domain.Reports;

/// <summary>The aggregates reports read, how they are kept up to date, and the raw-table reading they must equal.</summary>
public interface IReportStore
{
    /// <summary>The aggregate cells that match <paramref name="filter"/> (no scan of raw answers).</summary>
    Task<ReportCells> ReadCellsAsync(ReportFilter filter, CancellationToken cancellationToken);

    /// <summary>The same cells computed with GROUP BY over the raw tables (for verification and benchmarks).</summary>
    /// <summary>
    /// The filter's period totals (one cell per question and per category, keyed by the filter itself): what an
    /// overview, the dimension ranking and the top problems need, without the per-attribute breakdown.
    /// </summary>
    Task<ReportCells> ReadTotalsAsync(ReportFilter filter, CancellationToken cancellationToken);

    /// <summary>The filter's cells summed per group of <paramref name="grouping"/> (see <see cref="ReportGrouping"/>).</summary>
    Task<ReportCells> ReadGroupedAsync(ReportFilter filter, ReportGrouping grouping, CancellationToken cancellationToken);

    Task<ReportCells> ReadRawCellsAsync(ReportFilter filter, CancellationToken cancellationToken);

    /// <summary>Folds every response changed since the last run into the aggregates; returns how many changed the aggregates.</summary>
    Task<int> CatchUpAsync(CancellationToken cancellationToken);

    /// <summary>Empties the aggregates and folds every response again; returns how many responses were folded.</summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken);
}
