namespace AfterSalesBot.Domain.Reports;

/// <summary>Responses started in a cell, how many were completed, how many gave any score below 3 (flagged for special analysis).</summary>
public sealed record ResponseCell(CellKey Key, long Responses, long Completed, long Flagged);
