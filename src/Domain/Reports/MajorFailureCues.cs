namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// Words that mark a comment as reporting a major service failure (domain.md §3: personal data leaked, rules
/// violated, safety hazard), for the flagged view. Matched as lower-case substrings, so they are words, not meaning:
/// "没有冒烟" still matches; the analyst reads every flagged comment anyway.
/// </summary>
public static class MajorFailureCues
{
    /// <summary>The cue words, lower case.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        // Personal data leaked
        "泄露", "泄漏", "隐私", "个人信息", "信息被", "骚扰电话", "leak", "privacy", "personal data", "my data", "spam calls",
        // Rules violated
        "违规", "违反", "私下收费", "乱收费", "索要", "回扣", "威胁", "辱骂", "violat", "bribe", "threaten", "insulted",
        // Safety hazard
        "冒烟", "起火", "着火", "漏电", "触电", "爆炸", "燃气泄", "烫伤", "安全隐患", "smoke", "fire", "electric shock", "explod", "gas leak", "safety hazard", "injur",
    ];
}
