using System.Globalization;
using AfterSalesBot.TextAnalysis.Classification.Features;

namespace AfterSalesBot.TextAnalysis.Classification.Training;

/// <summary>Settings for <see cref="ModelTrainer"/>. The defaults are the ones the shipped models use.</summary>
public sealed record TrainingOptions
{
    /// <summary>How text is featurised (stored in the model).</summary>
    public FeatureSettings Features { get; init; } = new();

    /// <summary>Maximum number of passes over the training rows.</summary>
    public int Epochs { get; init; } = 25;

    /// <summary>Initial SGD step size; it decays linearly to zero over the epochs.</summary>
    public double LearningRate { get; init; } = 1.0;

    /// <summary>Shuffling and validation-split seed: the same seed, data and settings give the same model, byte for byte (with one thread).</summary>
    public int Seed { get; init; } = 17;

    /// <summary>Training threads. 1 is deterministic; more run lock-free SGD (Hogwild), faster but not reproducible bit for bit.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Stop when validation accuracy has not improved for <see cref="Patience"/> epochs, keeping the best epoch's weights.</summary>
    public bool EarlyStopping { get; init; } = true;

    /// <summary>Epochs without improvement before stopping.</summary>
    public int Patience { get; init; } = 3;

    /// <summary>Share of training rows held out for early stopping and calibration when no validation set is given.</summary>
    public double ValidationFraction { get; init; } = 0.1;

    /// <summary>
    /// After early stopping on a held-out share, train again on all rows for the best number of epochs,
    /// so no labelled row is wasted (costs a second, shorter run).
    /// </summary>
    public bool RefitOnAllRows { get; init; } = true;

    /// <summary>Fit a softmax temperature on validation rows so probabilities match observed accuracy.</summary>
    public bool Calibrate { get; init; } = true;

    /// <summary>
    /// Exponent of the balanced class weight (n / (classes x n_c))^power: 0 = none, 1 = fully balanced.
    /// Rare classes otherwise lose to frequent ones.
    /// </summary>
    public double ClassWeightPower { get; init; } = 0.5;

    /// <summary>Share of the target given to the main label when a row has several (the rest is split among the others).</summary>
    public double MainLabelWeight { get; init; } = 0.6;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        Features.Validate();
        if (Epochs is < 1 or > 1000)
        {
            throw new ArgumentException($"Epochs must be between 1 and 1000 (was {Epochs}).");
        }

        if (LearningRate is <= 0 or > 100)
        {
            throw new ArgumentException($"LearningRate must be in (0, 100] (was {LearningRate}).");
        }

        if (Threads is < 1 or > 256)
        {
            throw new ArgumentException($"Threads must be between 1 and 256 (was {Threads}).");
        }

        if (ValidationFraction is < 0 or >= 0.9)
        {
            throw new ArgumentException($"ValidationFraction must be in [0, 0.9) (was {ValidationFraction}).");
        }

        if (ClassWeightPower is < 0 or > 1 || MainLabelWeight is <= 0 or > 1)
        {
            throw new ArgumentException("ClassWeightPower must be in [0, 1] and MainLabelWeight in (0, 1].");
        }
    }

    /// <summary>A stable description, part of the training fingerprint (threads excluded: they do not change what is learnt in intent).</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Features.Describe()};epochs={Epochs};lr={LearningRate:R};seed={Seed};early={EarlyStopping}/{Patience}/{ValidationFraction:R};refit={RefitOnAllRows};calibrate={Calibrate};cw={ClassWeightPower:R};main={MainLabelWeight:R}");
}
