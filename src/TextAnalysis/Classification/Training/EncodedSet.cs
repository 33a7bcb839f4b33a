using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Features;
using AfterSalesBot.TextAnalysis.Classification.Models;

namespace AfterSalesBot.TextAnalysis.Classification.Training;

/// <summary>
/// Rows featurised once, before the epochs: per row the weight-row index of every feature occurrence,
/// its length scale and its label ids, in flat arrays (compressed sparse rows).
/// </summary>
internal sealed class EncodedSet
{
    private EncodedSet(int[] offsets, int[] rows, float[] scales, int[] labelOffsets, int[] labelIds)
    {
        Offsets = offsets;
        Rows = rows;
        Scales = scales;
        LabelOffsets = labelOffsets;
        LabelIds = labelIds;
    }

    public int[] Offsets { get; }

    public int[] Rows { get; }

    public float[] Scales { get; }

    public int[] LabelOffsets { get; }

    /// <summary>Label ids per row, main first; -1 for a label the model does not know.</summary>
    public int[] LabelIds { get; }

    public int Count => Scales.Length;

    public ReadOnlySpan<int> FeaturesOf(int row) => Rows.AsSpan(Offsets[row], Offsets[row + 1] - Offsets[row]);

    public ReadOnlySpan<int> LabelsOf(int row) => LabelIds.AsSpan(LabelOffsets[row], LabelOffsets[row + 1] - LabelOffsets[row]);

    /// <summary>
    /// Featurises <paramref name="examples"/>. With <paramref name="grow"/> new buckets are added to
    /// <paramref name="index"/> (training rows); without, unknown buckets are dropped (they would carry zero weight).
    /// </summary>
    public static EncodedSet Encode(
        IReadOnlyList<LabeledExample> examples,
        FeatureExtractor extractor,
        Dictionary<int, int> index,
        List<int> keys,
        IReadOnlyDictionary<string, int> labelIds,
        bool grow)
    {
        var buffer = new FeatureBuffer();
        var offsets = new int[examples.Count + 1];
        var rows = new List<int>(examples.Count * 32);
        var scales = new float[examples.Count];
        var labelOffsets = new int[examples.Count + 1];
        var labels = new List<int>(examples.Count);
        var power = extractor.Settings.LengthNormalization;
        for (var i = 0; i < examples.Count; i++)
        {
            var count = extractor.Extract(examples[i].Text, buffer);
            foreach (var id in buffer.Features)
            {
                if (index.TryGetValue(id, out var row))
                {
                    rows.Add(row);
                }
                else if (grow)
                {
                    row = keys.Count;
                    index.Add(id, row);
                    keys.Add(id);
                    rows.Add(row);
                }
            }

            offsets[i + 1] = rows.Count;
            scales[i] = count == 0 ? 0f : LinearModel.FeatureScale(count, power);
            foreach (var label in examples[i].Labels)
            {
                labels.Add(labelIds.TryGetValue(label, out var l) ? l : -1);
            }

            labelOffsets[i + 1] = labels.Count;
        }

        return new EncodedSet(offsets, [.. rows], scales, labelOffsets, [.. labels]);
    }
}
