using System.Globalization;

namespace AfterSalesBot.TextAnalysis.Classification.Corpus;

/// <summary>Reads labelled rows from a CSV file with a header (e.g. the seed corpus or a public data set).</summary>
public static class LabeledCsv
{
    /// <summary>Separator between several labels in one cell, main label first (the seed corpus's <c>categories</c> column).</summary>
    public const char LabelSeparator = '|';

    /// <summary>
    /// Loads every row that has a non-empty text and label. Label cells are split on <see cref="LabelSeparator"/>.
    /// Throws <see cref="InvalidDataException"/> naming the file and column when a column is missing.
    /// </summary>
    public static IReadOnlyList<LabeledExample> Load(string path, string textColumn = "text", string labelColumn = "label", string? ratingColumn = null)
    {
        using var reader = CsvReader.Open(path);
        var header = reader.ReadRow() ?? throw new InvalidDataException($"{path}: the file is empty (a header row is expected).");
        var textIndex = IndexOf(header, textColumn, path);
        var labelIndex = IndexOf(header, labelColumn, path);
        var ratingIndex = ratingColumn is null ? -1 : FindColumn(header, ratingColumn);
        var rows = new List<LabeledExample>();
        while (reader.ReadRow() is { } row)
        {
            if (row.Count <= Math.Max(textIndex, labelIndex))
            {
                if (row.Count == 1 && row[0].Length == 0)
                {
                    continue; // a blank line
                }

                throw new InvalidDataException($"{path}: the row starting on line {reader.RowStartLine} has {row.Count} fields, fewer than the header's {header.Count}.");
            }

            var labels = SplitLabels(row[labelIndex]);
            if (labels.Count == 0 || row[textIndex].Length == 0)
            {
                continue;
            }

            int? rating = null;
            if (ratingIndex >= 0 && ratingIndex < row.Count &&
                double.TryParse(row[ratingIndex], NumberStyles.Float, CultureInfo.InvariantCulture, out var r))
            {
                rating = (int)Math.Round(r);
            }

            rows.Add(new LabeledExample(row[textIndex], labels, rating));
        }

        return rows;
    }

    /// <summary>Splits a label cell on <see cref="LabelSeparator"/>, trimming each label and dropping duplicates (main label first).</summary>
    public static IReadOnlyList<string> SplitLabels(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var labels = new List<string>(2);
        foreach (var part in cell.Split(LabelSeparator))
        {
            var label = part.Trim();
            if (label.Length > 0 && !labels.Contains(label))
            {
                labels.Add(label);
            }
        }

        return labels;
    }

    private static int IndexOf(IReadOnlyList<string> header, string column, string path)
    {
        var index = FindColumn(header, column);
        return index >= 0
            ? index
            : throw new InvalidDataException($"{path}: no column named '{column}' (columns: {string.Join(", ", header)}).");
    }

    private static int FindColumn(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            // A byte-order mark in front of the first header name belongs to the file, not to the name.
            if (string.Equals(header[i].TrimStart('\uFEFF').Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
