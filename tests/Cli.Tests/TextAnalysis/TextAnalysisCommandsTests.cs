using System.Diagnostics;
using System.Text;

namespace AfterSalesBot.Cli.Tests.TextAnalysis;

/// <summary>`aftersales train`, `eval` and `tag`, run as the real executable on files written here.</summary>
public sealed class TextAnalysisCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("asb-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteTrainingCsv()
    {
        string[] negative = ["快递太慢了", "客服态度很差", "东西坏了没人管", "the parcel is late again", "terrible support, nobody answers"];
        string[] positive = ["师傅很专业，谢谢", "送货很快，满意", "服务态度好", "great service, thank you", "fixed quickly, very happy"];
        var sb = new StringBuilder("text,label\n");
        for (var i = 0; i < 8; i++)
        {
            foreach (var t in negative)
            {
                sb.Append('"').Append(t).Append(new string('!', i)).Append("\",negative\n");
            }

            foreach (var t in positive)
            {
                sb.Append('"').Append(t).Append(new string('~', i)).Append("\",positive\n");
            }
        }

        var path = Path.Combine(_dir, "train.csv");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "aftersales.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, err.Result);
    }

    [Fact]
    public void Train_then_eval_prints_the_report_and_a_parseable_last_line()
    {
        var data = WriteTrainingCsv();
        var model = Path.Combine(_dir, "sentiment.asbm");
        var train = Run("train", "--task", "sentiment", "--data", data, "--out", model);
        Assert.True(train.Exit == 0, train.Err);
        Assert.True(File.Exists(model));

        var eval = Run("eval", "--model", model, "--data", data);
        Assert.True(eval.Exit == 0, eval.Err);
        Assert.Contains("confusion matrix", eval.Out, StringComparison.Ordinal);
        Assert.Contains("precision", eval.Out, StringComparison.Ordinal);
        var last = eval.Out.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^accuracy=[01]\.\d{4} macro_f1=[01]\.\d{4} n=80$", last);
    }

    [Fact]
    public void Eval_of_a_corrupt_model_fails_with_a_clear_message()
    {
        var model = Path.Combine(_dir, "broken.asbm");
        File.WriteAllText(model, "not a model");
        var eval = Run("eval", "--model", model, "--data", WriteTrainingCsv());
        Assert.NotEqual(0, eval.Exit);
        Assert.Contains("not an AfterSalesBot model file", eval.Out + eval.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_file_keeps_every_text_byte_exact_and_adds_the_tags()
    {
        var model = Path.Combine(_dir, "sentiment.asbm");
        Assert.Equal(0, Run("train", "--task", "sentiment", "--data", WriteTrainingCsv(), "--out", model).Exit);
        var input = Path.Combine(_dir, "in.csv");
        var output = Path.Combine(_dir, "out.csv");
        File.WriteAllText(input, "id,text\n1,\"\uFEFF快递太慢了\"\n2,\"  leading spaces, and a comma\"\n3,\"two\nlines\"\n", new UTF8Encoding(false));

        var tag = Run("tag", "--model", model, "--in", input, "--out", output);
        Assert.True(tag.Exit == 0, tag.Err);
        var written = File.ReadAllText(output, new UTF8Encoding(false));
        Assert.StartsWith("id,text,sentiment,sentiment_probability,model_version\n", written, StringComparison.Ordinal);
        Assert.Contains("1,\"\uFEFF快递太慢了\",negative,", written, StringComparison.Ordinal);
        Assert.Contains("2,\"  leading spaces, and a comma\",", written, StringComparison.Ordinal);
        Assert.Contains("3,\"two\nlines\",", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_without_text_or_files_explains_what_it_needs()
    {
        var tag = Run("tag");
        Assert.Equal(2, tag.Exit);
        Assert.Contains("--in", tag.Err, StringComparison.Ordinal);
    }
}
