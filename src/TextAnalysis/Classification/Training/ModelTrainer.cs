using System.Security.Cryptography;
using System.Text;
using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Features;
using AfterSalesBot.TextAnalysis.Classification.Models;

namespace AfterSalesBot.TextAnalysis.Classification.Training;

/// <summary>
/// Trains a <see cref="LinearModel"/>: softmax regression on hashed features by SGD with a linearly
/// decaying step, shuffled epochs, balanced class weights, early stopping on validation rows and a fitted
/// temperature for calibrated probabilities. With one thread the result depends only on data and options.
/// </summary>
public static partial class ModelTrainer
{
    /// <summary>
    /// Trains a model for <paramref name="task"/>. When <paramref name="validation"/> is null and early stopping or
    /// calibration is on, a seeded share of <paramref name="train"/> is held out for them.
    /// </summary>
    public static LinearModel Train(
        string task,
        IReadOnlyList<LabeledExample> train,
        IReadOnlyList<LabeledExample>? validation,
        TrainingOptions options,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(task);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var labels = train.SelectMany(e => e.Labels).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2)
        {
            throw new ArgumentException($"Training needs rows of at least two different labels (found {labels.Length}).", nameof(train));
        }

        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var extractor = new FeatureExtractor(options.Features);
        var index = new Dictionary<int, int>();
        var keys = new List<int>();
        var all = EncodedSet.Encode(train, extractor, index, keys, labelIds, grow: true);
        var k = labels.Length;

        EncodedSet? evalSet = null;
        int[] evalRows = [];
        int[] fitRows = Enumerable.Range(0, all.Count).ToArray();
        var heldOut = false;
        if (validation is { Count: > 0 })
        {
            evalSet = EncodedSet.Encode(validation, extractor, index, keys, labelIds, grow: false);
            evalRows = Enumerable.Range(0, evalSet.Count).ToArray();
        }
        else if ((options.EarlyStopping || options.Calibrate) && options.ValidationFraction > 0 && all.Count >= 20)
        {
            var order = Shuffled(all.Count, new Random(options.Seed));
            var held = Math.Max(1, (int)Math.Round(all.Count * options.ValidationFraction));
            evalSet = all;
            evalRows = order[..held];
            Array.Sort(evalRows);
            fitRows = order[held..];
            Array.Sort(fitRows);
            heldOut = true;
        }

        var classWeights = ClassWeights(all, fitRows, k, options.ClassWeightPower);
        var weights = new float[keys.Count * k];
        var bias = new float[k];
        var bestEpoch = RunEpochs(
            all, fitRows, weights, bias, classWeights, options, options.Epochs,
            options.EarlyStopping ? evalSet : null, evalRows, "train", progress, cancellationToken);

        var temperature = 1f;
        if (options.Calibrate && evalSet is not null && evalRows.Length > 0)
        {
            temperature = FitTemperature(evalSet, evalRows, weights, bias, k);
        }

        if (heldOut && options.RefitOnAllRows)
        {
            Array.Clear(weights);
            Array.Clear(bias);
            fitRows = Enumerable.Range(0, all.Count).ToArray();
            classWeights = ClassWeights(all, fitRows, k, options.ClassWeightPower);
            RunEpochs(all, fitRows, weights, bias, classWeights, options, bestEpoch, null, [], "refit", progress, cancellationToken);
        }

        var fingerprint = Fingerprint(task, train, validation, options);
        var header = new ModelHeader(task, labels, options.Features, fingerprint, temperature);
        return Compact(header, keys, weights, bias);
    }

    /// <summary>SHA-256 (hex) of task, options and every row: the identity of a training run.</summary>
    public static string Fingerprint(string task, IReadOnlyList<LabeledExample> train, IReadOnlyList<LabeledExample>? validation, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Append(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s));
        Append($"asb-model-v{ModelFile.FormatVersion}\n{task}\n{options.Describe()}\n");
        foreach (var set in validation is null ? [train] : new[] { train, validation })
        {
            foreach (var e in set)
            {
                Append(e.Text);
                Append("\u001f");
                Append(string.Join(LabeledCsv.LabelSeparator, e.Labels));
                Append("\u001e");
            }

            Append("\u001d");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Drops the weight rows that training never touched (buckets seen only in held-out rows).
    private static LinearModel Compact(ModelHeader header, List<int> keys, float[] weights, float[] bias)
    {
        var k = bias.Length;
        var keep = new List<int>(keys.Count);
        for (var row = 0; row < keys.Count; row++)
        {
            if (weights.AsSpan(row * k, k).ContainsAnyExcept(0f))
            {
                keep.Add(row);
            }
        }

        // Sorted keys make the file independent of the order buckets were first met in.
        keep.Sort((a, b) => keys[a].CompareTo(keys[b]));
        var outKeys = new int[keep.Count];
        var outWeights = new float[keep.Count * k];
        for (var i = 0; i < keep.Count; i++)
        {
            outKeys[i] = keys[keep[i]];
            weights.AsSpan(keep[i] * k, k).CopyTo(outWeights.AsSpan(i * k, k));
        }

        return new LinearModel(header, outKeys, outWeights, bias);
    }

    private static float[] ClassWeights(EncodedSet set, int[] rows, int k, double power)
    {
        var counts = new int[k];
        foreach (var r in rows)
        {
            var main = set.LabelsOf(r)[0];
            if (main >= 0)
            {
                counts[main]++;
            }
        }

        var weights = new float[k];
        for (var c = 0; c < k; c++)
        {
            weights[c] = counts[c] == 0 || power == 0
                ? 1f
                : (float)Math.Pow(rows.Length / ((double)k * counts[c]), power);
        }

        return weights;
    }

    private static int[] Shuffled(int n, Random random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order;
    }
}
