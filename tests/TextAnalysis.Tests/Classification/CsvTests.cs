using AfterSalesBot.TextAnalysis.Classification.Corpus;

namespace AfterSalesBot.TextAnalysis.Tests.Classification;

public class CsvTests
{
    private static List<IReadOnlyList<string>> ReadAll(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv));
        var rows = new List<IReadOnlyList<string>>();
        while (reader.ReadRow() is { } row)
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void Leading_bom_and_spaces_inside_fields_are_kept()
    {
        var rows = ReadAll("text,label\n\uFEFF做父母,positive\n  spaced out ,negative\n\" quoted \",neutral\n");
        Assert.Equal("\uFEFF做父母", rows[1][0]);
        Assert.Equal("  spaced out ", rows[2][0]);
        Assert.Equal(" quoted ", rows[3][0]);
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        var rows = ReadAll("text,label\r\n\"a, \"\"b\"\"\r\nc\n\",x\r\nlast,y");
        Assert.Equal(3, rows.Count);
        Assert.Equal("a, \"b\"\r\nc\n", rows[1][0]);
        Assert.Equal(["last", "y"], rows[2]);
    }

    [Fact]
    public void Unclosed_quote_is_reported_with_its_line()
    {
        var e = Assert.Throws<FormatException>(() => ReadAll("text\nok\n\"never closed\n"));
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_and_reader_round_trip_awkward_texts_byte_exact()
    {
        string[] texts = ["\uFEFF开头有BOM", " leading space", "trailing\n", "comma, \"quote\"", "", "plain", "\r\nCRLF inside"];
        var sw = new StringWriter();
        using (var writer = new CsvWriter(sw))
        {
            writer.WriteRow(["text", "n"]);
            foreach (var t in texts)
            {
                writer.WriteRow([t, "1"]);
            }
        }

        var rows = ReadAll(sw.ToString());
        Assert.Equal(texts, rows.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public void Labeled_csv_splits_categories_main_first_and_names_a_missing_column()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "text,categories\n快递没到，客服不回,logistics_delay|slow_response\n");
            var rows = LabeledCsv.Load(path, "text", "categories");
            Assert.Equal(["logistics_delay", "slow_response"], rows[0].Labels);
            var e = Assert.Throws<InvalidDataException>(() => LabeledCsv.Load(path, "text", "label"));
            Assert.Contains("'label'", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
