using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>Settings of the survey engine (configuration section <c>Surveys</c>).</summary>
public sealed class SurveyEngineOptions
{
    public const string SectionName = "Surveys";

    /// <summary>Folder of survey definition files (*.json), relative to the content root.</summary>
    [Required]
    public string Directory { get; set; } = "surveys";

    /// <summary>The survey a new conversation starts with.</summary>
    [Required]
    public string DefaultSurveyId { get; set; } = "aftersales-default";

    /// <summary>When true, the first message of a new conversation gets a one-line greeting and the first question.</summary>
    public bool StartOnFirstMessage { get; set; } = true;

    /// <summary>How many unusable answers in a row are re-prompted before skipping is offered.</summary>
    [Range(1, 10)]
    public int MaxReprompts { get; set; } = 3;

    /// <summary>An in-progress response with no answer for this long is kept as a partial response (Abandoned, finished = false).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the abandonment job looks for inactive responses.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AbandonCheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The language used when an activity carries no locale (zh-CN or en-US).</summary>
    [RegularExpression("^(zh-CN|en-US)$")]
    public string DefaultLocale { get; set; } = "zh-CN";

    /// <summary>
    /// When a person is offered; null (the default) when this deployment has no hand-off, and "人工" gets a plain
    /// "not available". The hand-off feature sets it from <c>Handoff:Triggers</c>.
    /// </summary>
    public Handoffs.HandoffTriggerOptions? HandoffTriggers { get; set; }
}
