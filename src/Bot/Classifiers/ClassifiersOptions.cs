using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Classifiers;

/// <summary>Settings of retraining and model promotion (section "Classifiers").</summary>
public sealed class ClassifiersOptions
{
    public const string SectionName = "Classifiers";

    /// <summary>
    /// How often each instance checks the database for a newly promoted or rolled-back model. The instance that
    /// promotes switches at once; the others within this interval.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ModelPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The seed corpus retraining starts from (default: the copy next to the binaries, as for the shipped models).</summary>
    public string? CorpusDirectory { get; set; }
}
