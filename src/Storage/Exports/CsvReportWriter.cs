using System.Globalization;
using System.Text;

namespace AfterSalesBot.Storage.Exports;

/// <summary>
/// Writes tables as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Chinese correctly), RFC 4180 quoting,
/// CRLF line ends. Several tables follow each other, each after a line with its name and separated by an empty line.
/// </summary>
public static class CsvReportWriter
{
    public static async Task WriteAsync(Stream output, IReadOnlyList<ReportTable> tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            if (tables.Count > 1)
            {
                if (i > 0)
                {
                    await writer.WriteLineAsync().ConfigureAwait(false);
                }

                await writer.WriteLineAsync(Quote(table.Name)).ConfigureAwait(false);
            }

            await writer.WriteLineAsync(string.Join(',', table.Header.Select(Quote))).ConfigureAwait(false);
            foreach (var row in table.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteLineAsync(string.Join(',', row.Select(Format))).ConfigureAwait(false);
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Quote(string value)
    {
        // A leading =, +, - or @ would be run as a formula by spreadsheet programs: prefix it so customer text stays text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
