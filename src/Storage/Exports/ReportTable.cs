namespace AfterSalesBot.Storage.Exports;

/// <summary>One table of an export (a sheet of the workbook, a section of the CSV). Cells are strings, numbers or null.</summary>
public sealed record ReportTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
