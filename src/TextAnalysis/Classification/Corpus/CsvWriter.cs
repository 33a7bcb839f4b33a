using System.Text;

namespace AfterSalesBot.TextAnalysis.Classification.Corpus;

/// <summary>Writes RFC 4180 rows with LF row ends, quoting only where needed so texts survive byte-exact.</summary>
public sealed class CsvWriter : IDisposable
{
    private readonly TextWriter _writer;

    public CsvWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <summary>Creates a UTF-8 file without a byte-order mark (a BOM would glue itself to the first header).</summary>
    public static CsvWriter Create(string path) =>
        new(new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16));

    public void WriteRow(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _writer.Write(',');
            }

            first = false;
            WriteField(field);
        }

        _writer.Write('\n');
    }

    private void WriteField(string field)
    {
        if (!NeedsQuotes(field))
        {
            _writer.Write(field);
            return;
        }

        _writer.Write('"');
        _writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    // Leading/trailing white space and U+FEFF are quoted too, so lenient readers elsewhere cannot trim them.
    private static bool NeedsQuotes(string field) =>
        field.Length > 0 &&
        (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ||
         char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]) || field[0] == '\uFEFF');

    public void Dispose() => _writer.Dispose();
}
