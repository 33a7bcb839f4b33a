namespace AfterSalesBot.Domain.Reports;

/// <summary>The aggregates reports read, how they are kept up to date, and the raw-table reading they must equal.</summary>
public interface IReportStore
{
    /// <summary>The aggregate cells that match <paramref name="filter"/> (no scan of raw answers).</summary>
    Task<ReportCells> ReadCellsAsync(ReportFilter filter, CancellationToken cancellationToken);

    /// <summary>The same cells computed with GROUP BY over the raw tables (for verification and benchmarks).</summary>
    Task<ReportCells> ReadRawCellsAsync(ReportFilter filter, CancellationToken cancellationToken);

    /// <summary>Folds every response changed since the last run into the aggregates; returns how many changed the aggregates.</summary>
    Task<int> CatchUpAsync(CancellationToken cancellationToken);

    /// <summary>Empties the aggregates and folds every response again; returns how many responses were folded.</summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken);
}
