namespace AfterSalesBot.TextAnalysis.Classification.Features;

/// <summary>
/// How text becomes hashed features. Stored in every model file, so a model always featurises text
/// the way it was trained.
/// </summary>
public sealed record FeatureSettings
{
    /// <summary>Number of hash buckets (features collide modulo this). Only buckets seen in training take space in a model.</summary>
    public int Buckets { get; init; } = 1 << 22;

    /// <summary>Shortest character n-gram taken from runs of Chinese/Japanese/Korean characters.</summary>
    public int CjkMinN { get; init; } = 1;

    /// <summary>Longest character n-gram taken from CJK runs.</summary>
    public int CjkMaxN { get; init; } = 3;

    /// <summary>Longest word n-gram for Latin-script words, emoji and !/? marks (1 = words only, 2 = plus bigrams).</summary>
    public int WordNgrams { get; init; } = 2;

    /// <summary>Shortest character n-gram inside a Latin word (with boundary marks); 0 turns subwords off.</summary>
    public int SubwordMinN { get; init; } = 3;

    /// <summary>Longest character n-gram inside a Latin word.</summary>
    public int SubwordMaxN { get; init; } = 5;

    /// <summary>
    /// Each feature occurrence weighs count^-power (0 = raw counts, 0.5 = unit length, 1 = the mean, as fastText
    /// averages its embeddings), so long comments do not drown short ones.
    /// </summary>
    public double LengthNormalization { get; init; } = 0.5;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is out of range.</summary>
    public void Validate()
    {
        if (Buckets is < 1024 or > (1 << 30))
        {
            throw new ArgumentException($"Buckets must be between 1024 and 2^30 (was {Buckets}).");
        }

        if (CjkMinN < 1 || CjkMaxN < CjkMinN || CjkMaxN > 8)
        {
            throw new ArgumentException($"CJK n-gram range must satisfy 1 <= min <= max <= 8 (was {CjkMinN}-{CjkMaxN}).");
        }

        if (WordNgrams is < 1 or > 5)
        {
            throw new ArgumentException($"WordNgrams must be between 1 and 5 (was {WordNgrams}).");
        }

        if (LengthNormalization is < 0 or > 1)
        {
            throw new ArgumentException($"LengthNormalization must be between 0 and 1 (was {LengthNormalization}).");
        }

        if (SubwordMinN != 0 && (SubwordMinN < 1 || SubwordMaxN < SubwordMinN || SubwordMaxN > 10))
        {
            throw new ArgumentException($"Subword n-gram range must satisfy 1 <= min <= max <= 10, or min = 0 for none (was {SubwordMinN}-{SubwordMaxN}).");
        }
    }

    /// <summary>A stable one-line description, part of the training fingerprint.</summary>
    public string Describe() =>
        $"buckets={Buckets};cjk={CjkMinN}-{CjkMaxN};wordNgrams={WordNgrams};subwords={SubwordMinN}-{SubwordMaxN};norm={LengthNormalization.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
}
