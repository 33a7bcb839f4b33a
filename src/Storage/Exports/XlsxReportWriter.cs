using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AfterSalesBot.Storage.Exports;

/// <summary>Writes tables as an XLSX workbook, one sheet per table (numbers as numbers, text as inline strings).</summary>
public static class XlsxReportWriter
{
    public static void Write(Stream output, IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint id = 1;
        foreach (var table in tables)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.AppendChild(Row(table.Header));
            foreach (var row in table.Rows)
            {
                data.AppendChild(Row(row));
            }

            part.Worksheet = new Worksheet(data);
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table.Name, names) });
        }

        workbook.Workbook.Save();
    }

    private static Row Row(IEnumerable<object?> values)
    {
        var row = new Row();
        foreach (var value in values)
        {
            row.AppendChild(value switch
            {
                null => new Cell(),
                double or long or int or decimal => new Cell
                {
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
                },
                _ => new Cell(new InlineString(new Text(Clean(value.ToString() ?? string.Empty)) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    DataType = CellValues.InlineString,
                },
            });
        }

        return row;
    }

    // Sheet names: at most 31 characters, none of []:*?/\, unique.
    private static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string(name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0).ToArray());
        clean = clean.Length > 31 ? clean[..31] : clean;
        var candidate = clean;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{clean[..Math.Min(clean.Length, 28)]} {n}";
        }

        return candidate;
    }

    // XML 1.0 cannot carry most control characters; customer text occasionally has them.
    private static string Clean(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r') ? new string(text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r').ToArray()) : text;
}
