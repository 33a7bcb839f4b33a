using System.Globalization;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.TextAnalysis.Classification.Corpus;

namespace AfterSalesBot.Cli.Import;

/// <summary>
/// Reads feedback to import: a CSV with a header naming <c>text, source, date, product</c> and optionally
/// <c>rating</c> (any order, more columns ignored). A bad row is reported with its line number and skipped.
/// </summary>
internal static class FeedbackCsv
{
    public static (List<(long Line, ImportedComment Row)> Rows, List<string> Errors) Read(string path)
    {
        var rows = new List<(long, ImportedComment)>();
        var errors = new List<string>();
        using var reader = CsvReader.Open(path);
        var header = reader.ReadRow() ?? throw new InvalidDataException($"{path}: the file is empty; expected a header with text, source, date, product[, rating].");
        int Column(string name, bool required)
        {
            var index = header.Select((h, i) => (h: h.Trim().TrimStart('\uFEFF'), i)).FirstOrDefault(p => p.h.Equals(name, StringComparison.OrdinalIgnoreCase), (h: "", i: -1)).i;
            return index < 0 && required ? throw new InvalidDataException($"{path}: the header has no '{name}' column (needs text, source, date, product[, rating]).") : index;
        }

        var text = Column("text", true);
        var source = Column("source", true);
        var date = Column("date", true);
        var product = Column("product", true);
        var rating = Column("rating", false);
        while (reader.ReadRow() is { } row)
        {
            var line = reader.RowStartLine;
            string Cell(int i) => i >= 0 && i < row.Count ? row[i].Trim() : "";
            if (row.Count == 1 && row[0].Length == 0)
            {
                continue;
            }

            var problems = new List<string>();
            if (Cell(text).Length == 0)
            {
                problems.Add("text is empty");
            }

            if (Cell(source).Length == 0)
            {
                problems.Add("source is empty");
            }

            if (!DateOnly.TryParseExact(Cell(date), ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                problems.Add($"date '{Cell(date)}' is not a day (yyyy-MM-dd)");
            }

            int? stars = null;
            if (Cell(rating).Length > 0)
            {
                if (int.TryParse(Cell(rating), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 5)
                {
                    stars = r;
                }
                else
                {
                    problems.Add($"rating '{Cell(rating)}' is not a whole number from 1 to 5");
                }
            }

            if (problems.Count > 0)
            {
                errors.Add($"line {line}: {string.Join("; ", problems)}");
                continue;
            }

            rows.Add((line, new ImportedComment(row[text], Cell(source), day, Cell(product) is { Length: > 0 } p ? p : null, stars)));
        }

        return (rows, errors);
    }
}
