using AfterSalesBot.TextAnalysis.Classification.Features;

namespace AfterSalesBot.TextAnalysis.Classification.Models;

/// <summary>
/// A trained multinomial logistic regression over hashed text features. Only the hash buckets seen in
/// training hold weights (one row of class weights each), so a large bucket count costs no memory.
/// Immutable and thread-safe: load once, predict from any thread.
/// </summary>
public sealed class LinearModel
{
    [ThreadStatic]
    private static FeatureBuffer? t_buffer;

    private readonly int[] _keys;
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly int[] _table;
    private readonly int _tableMask;
    private readonly FeatureExtractor _extractor;
    private readonly string[] _labels;

    internal LinearModel(ModelHeader header, int[] keys, float[] weights, float[] bias)
    {
        Header = header;
        _labels = [.. header.Labels];
        _keys = keys;
        _weights = weights;
        _bias = bias;
        _extractor = new FeatureExtractor(header.Features);
        var size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _table = new int[size];
        _tableMask = size - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = Slot(keys[row]);
            while (_table[slot] != 0)
            {
                slot = (slot + 1) & _tableMask;
            }

            _table[slot] = row + 1;
        }
    }

    /// <summary>Task, labels, feature settings, fingerprint and calibration of this model.</summary>
    public ModelHeader Header { get; }

    /// <summary>The labels, in the order of probability vectors.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>"task-fingerprint": names exactly which data and settings produced the model.</summary>
    public string Version => Header.Version;

    /// <summary>Number of hash buckets that carry weights.</summary>
    public int FeatureCount => _keys.Length;

    internal ReadOnlySpan<int> Keys => _keys;

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Bias => _bias;

    /// <summary>
    /// Writes the calibrated probability of every label into <paramref name="probabilities"/> (length = label count)
    /// and returns the index of the most probable one. Does not allocate once the thread's buffers have grown.
    /// </summary>
    public int Predict(ReadOnlySpan<char> text, Span<float> probabilities)
    {
        ComputeLogits(text, probabilities);
        return VectorMath.Softmax(probabilities, Header.Temperature);
    }

    /// <summary>
    /// Like <see cref="Predict(ReadOnlySpan{char}, Span{float})"/>, with <paramref name="logOddsOffsets"/> (one per label)
    /// added to the calibrated logits first: a prior from evidence the text does not carry.
    /// </summary>
    public int Predict(ReadOnlySpan<char> text, ReadOnlySpan<float> logOddsOffsets, Span<float> probabilities)
    {
        ComputeLogits(text, probabilities);
        return Probabilities(probabilities, logOddsOffsets);
    }

    /// <summary>Convenience overload that allocates the result.</summary>
    public LabelPrediction Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var probabilities = new float[_labels.Length];
        var best = Predict(text, probabilities);
        return new LabelPrediction(_labels[best], probabilities[best], _labels, probabilities);
    }

    /// <summary>Raw (uncalibrated) scores; callers that add a prior to them finish with <see cref="Normalize"/>.</summary>
    public void ComputeLogits(ReadOnlySpan<char> text, Span<float> logits)
    {
        var k = _labels.Length;
        if (logits.Length < k)
        {
            throw new ArgumentException($"Need room for {k} scores.", nameof(logits));
        }

        var buffer = t_buffer ??= new FeatureBuffer();
        var count = _extractor.Extract(text, buffer);
        LogitsFromFeatures(buffer.Features, count, logits);
    }

    /// <summary>The featuriser of this model (models with equal <see cref="FeatureSettings"/> featurise identically).</summary>
    internal FeatureExtractor Extractor => _extractor;

    /// <summary>Raw scores from already extracted features (lets several models share one featurisation).</summary>
    internal void LogitsFromFeatures(ReadOnlySpan<int> ids, int count, Span<float> logits)
    {
        var k = _labels.Length;
        logits = logits[..k];
        logits.Clear();
        var weights = _weights.AsSpan();
        for (var i = 0; i < ids.Length; i++)
        {
            var row = Find(ids[i]);
            if (row >= 0)
            {
                VectorMath.Add(logits, weights.Slice(row * k, k));
            }
        }

        var scale = count == 0 ? 0f : FeatureScale(count, Header.Features.LengthNormalization);
        for (var j = 0; j < k; j++)
        {
            logits[j] = _bias[j] + (scale * logits[j]);
        }
    }

    /// <summary>Calibrated probabilities from raw scores plus optional log-odds offsets, in place; returns the arg-max.</summary>
    internal int Probabilities(Span<float> logits, ReadOnlySpan<float> logOddsOffsets)
    {
        var k = _labels.Length;
        var inverse = 1f / Header.Temperature;
        for (var j = 0; j < k; j++)
        {
            logits[j] = (logits[j] * inverse) + (j < logOddsOffsets.Length ? logOddsOffsets[j] : 0f);
        }

        return VectorMath.Softmax(logits[..k], 1f);
    }

    /// <summary>Applies the calibrated softmax to logits in place; returns the arg-max.</summary>
    public int Normalize(Span<float> logits) => VectorMath.Softmax(logits[.._labels.Length], Header.Temperature);

    /// <summary>Index of a label, or -1.</summary>
    public int IndexOf(string label) => Array.IndexOf(_labels, label);

    internal static float FeatureScale(int count, double power) =>
        power switch
        {
            0 => 1f,
            0.5 => 1f / MathF.Sqrt(count),
            1 => 1f / count,
            _ => (float)Math.Pow(count, -power),
        };

    private int Find(int key)
    {
        var slot = Slot(key);
        while (true)
        {
            var entry = _table[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (_keys[entry - 1] == key)
            {
                return entry - 1;
            }

            slot = (slot + 1) & _tableMask;
        }
    }

    private int Slot(int key) => (int)(((uint)key * 0x9E3779B1u) >> 7) & _tableMask;
}
