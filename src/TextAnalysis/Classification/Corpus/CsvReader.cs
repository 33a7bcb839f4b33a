using System.Text;

namespace AfterSalesBot.TextAnalysis.Classification.Corpus;

/// <summary>
/// A small RFC 4180 reader that keeps every field byte-exact: no trimming, a leading U+FEFF or space
/// inside a field stays (public and team CSVs have texts that start with them), quoted fields may hold
/// commas, quotes and line breaks. Rows end with LF or CRLF.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly StringBuilder _field = new();
    private readonly List<string> _row = [];
    private int _peeked = -2;

    /// <summary>Line number (1-based) where the row last returned by <see cref="ReadRow"/> started.</summary>
    public long RowStartLine { get; private set; }

    private long _line = 1;

    public CsvReader(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
    }

    /// <summary>Opens a UTF-8 file without letting the decoder eat a U+FEFF that belongs to the data.</summary>
    public static CsvReader Open(string path) =>
        new(new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16));

    /// <summary>Reads the next row, or returns null at the end of the input.</summary>
    public IReadOnlyList<string>? ReadRow()
    {
        _row.Clear();
        _field.Clear();
        RowStartLine = _line;
        var c = Read();
        if (c < 0)
        {
            return null;
        }

        while (true)
        {
            if (c == '"' && _field.Length == 0)
            {
                ReadQuoted();
                c = Read();
                // Characters after the closing quote (malformed) are kept rather than lost.
                while (c >= 0 && c != ',' && c != '\n' && c != '\r')
                {
                    _field.Append((char)c);
                    c = Read();
                }
            }

            if (c == ',')
            {
                EndField();
                c = Read();
                continue;
            }

            if (c < 0 || c == '\n')
            {
                EndField();
                return _row.ToArray();
            }

            if (c == '\r' && Peek() == '\n')
            {
                Read();
                EndField();
                return _row.ToArray();
            }

            _field.Append((char)c);
            c = Read();
        }
    }

    private void ReadQuoted()
    {
        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                throw new FormatException($"CSV: a quoted field opened on line {RowStartLine} is never closed.");
            }

            if (c == '"')
            {
                if (Peek() == '"')
                {
                    Read();
                    _field.Append('"');
                    continue;
                }

                return;
            }

            _field.Append((char)c);
        }
    }

    private void EndField()
    {
        _row.Add(_field.ToString());
        _field.Clear();
    }

    private int Read()
    {
        int c;
        if (_peeked != -2)
        {
            c = _peeked;
            _peeked = -2;
        }
        else
        {
            c = _reader.Read();
        }

        if (c == '\n')
        {
            _line++;
        }

        return c;
    }

    private int Peek()
    {
        if (_peeked == -2)
        {
            _peeked = _reader.Read();
        }

        return _peeked;
    }

    public void Dispose() => _reader.Dispose();
}
