using System.Globalization;
using System.Text;

namespace AfterSalesBot.Bench.Classifier;

/// <summary>The Markdown table the README quotes.</summary>
internal static class Table
{
    public static string Row(Comparison.Result r) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Set} | {r.TrainRows}/{r.TestRows} | {r.Labels} | {r.OursAccuracy:F4} / {r.FtAccuracy:F4} | {r.OursF1:F4} / {r.FtF1:F4} | {100 * (r.OursF1 - r.FtF1):+0.00;-0.00} | {r.OursTrainSeconds:F2} / {r.FtTrainSeconds:F2} s ({r.FtTrainSeconds / r.OursTrainSeconds:F1}x) | {r.OursRowsPerSecond:F0} / {r.FtRowsPerSecond:F0} ({r.OursRowsPerSecond / r.FtRowsPerSecond:F1}x) | {r.OursLoadMs:F1} / {r.FtLoadMs:F0} ms |");

    public static string Render(IReadOnlyList<Comparison.Result> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| set | train/test rows | labels | accuracy ours / fastText | macro-F1 ours / fastText | Δ macro-F1 (points) | training CPU s, 1 thread, ours / fastText (speed-up) | prediction rows per CPU s, ours / fastText (ratio) | model load CPU ms, ours / fastText (process incl.) |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            sb.AppendLine(Row(r));
        }

        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| **mean** | | | {results.Average(r => r.OursAccuracy):F4} / {results.Average(r => r.FtAccuracy):F4} | {results.Average(r => r.OursF1):F4} / {results.Average(r => r.FtF1):F4} | {100 * results.Average(r => r.OursF1 - r.FtF1):+0.00;-0.00} | | | |"));
        sb.AppendLine();
        sb.AppendLine("Chosen settings (best macro-F1 on the tuning split):");
        foreach (var r in results)
        {
            sb.AppendLine($"- {r.Set}: ours {r.OursSettings}; fastText {r.FtSettings}");
        }

        return sb.ToString();
    }
}
