using System.Globalization;
using System.Text;

namespace AfterSalesBot.TextAnalysis.Classification.Evaluation;

/// <summary>Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix of one evaluation.</summary>
public sealed class ClassificationReport
{
    private readonly int[,] _confusion;

    private ClassificationReport(IReadOnlyList<string> labels, int[,] confusion, int count, int correct)
    {
        Labels = labels;
        _confusion = confusion;
        Count = count;
        Accuracy = count == 0 ? 0 : (double)correct / count;
        var classes = new List<ClassScores>(labels.Count);
        for (var c = 0; c < labels.Count; c++)
        {
            int tp = confusion[c, c], predicted = 0, actual = 0;
            for (var o = 0; o < labels.Count; o++)
            {
                predicted += confusion[o, c];
                actual += confusion[c, o];
            }

            var precision = predicted == 0 ? 0 : (double)tp / predicted;
            var recall = actual == 0 ? 0 : (double)tp / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes.Add(new ClassScores(labels[c], precision, recall, f1, actual));
        }

        Classes = classes;
        // Macro-F1 over the classes that occur in the gold labels (as scikit-learn does over present labels).
        var present = classes.Where(c => c.Support > 0).ToList();
        MacroF1 = present.Count == 0 ? 0 : present.Average(c => c.F1);
    }

    public IReadOnlyList<string> Labels { get; }

    public int Count { get; }

    public double Accuracy { get; }

    public double MacroF1 { get; }

    public IReadOnlyList<ClassScores> Classes { get; }

    /// <summary>Rows = gold label, columns = predicted label.</summary>
    public int Confusion(int gold, int predicted) => _confusion[gold, predicted];

    /// <summary>Builds a report from gold and predicted labels (labels seen only in one of them are included).</summary>
    public static ClassificationReport Create(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted label lists differ in length.");
        }

        var labels = gold.Concat(predicted).Distinct().Order(StringComparer.Ordinal).ToList();
        var ids = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var confusion = new int[labels.Count, labels.Count];
        var correct = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            confusion[ids[gold[i]], ids[predicted[i]]]++;
            correct += gold[i] == predicted[i] ? 1 : 0;
        }

        return new ClassificationReport(labels, confusion, gold.Count, correct);
    }

    /// <summary>The one-line summary scripts parse: <c>accuracy=0.xxxx macro_f1=0.xxxx n=N</c>.</summary>
    public string SummaryLine() =>
        string.Create(CultureInfo.InvariantCulture, $"accuracy={Accuracy:F4} macro_f1={MacroF1:F4} n={Count}");

    /// <summary>Per-class table and confusion matrix as plain text.</summary>
    public string Render()
    {
        var sb = new StringBuilder();
        var width = Math.Max(8, Labels.Max(l => l.Length) + 1);
        sb.Append(CultureInfo.InvariantCulture, $"accuracy {Accuracy:F4}   macro-F1 {MacroF1:F4}   rows {Count}\n\n");
        sb.Append("label".PadRight(width)).Append(" precision    recall        f1   support\n");
        foreach (var c in Classes)
        {
            sb.Append(c.Label.PadRight(width))
              .Append(CultureInfo.InvariantCulture, $" {c.Precision,9:F4} {c.Recall,9:F4} {c.F1,9:F4} {c.Support,9}\n");
        }

        sb.Append("\nconfusion matrix (rows = gold, columns = predicted, in label order above)\n");
        for (var g = 0; g < Labels.Count; g++)
        {
            sb.Append(Labels[g].PadRight(width));
            for (var p = 0; p < Labels.Count; p++)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {_confusion[g, p],5}");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
