using System.Globalization;
using AfterSalesBot.TextAnalysis.Classification.Taxonomy;

namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>
/// What the complaint intake offers: the problem categories (the classifier's taxonomy, so its suggestion is always
/// among them), the customer demands (domain §2) and when a description counts as too vague to file as it is.
/// </summary>
public sealed class ComplaintCatalog
{
    /// <summary>Words that make a description concrete: when, how long, under what condition, how often.</summary>
    private static readonly string[] DetailWords =
    [
        "开机", "以后", "之后", "后", "时候", "每次", "一直", "总是", "天", "月", "年", "小时", "分钟", "度", "次", "设置", "显示", "出现", "刚",
        "when", "after", "since", "every", "always", "day", "week", "month", "year", "hour", "minute", "degree", "set to", "shows", "display", "each time",
    ];

    private readonly Dictionary<string, ComplaintChoice> _categories;

    public ComplaintCatalog(IReadOnlyList<ComplaintChoice> categories, IReadOnlyList<ComplaintChoice>? demands = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Count == 0)
        {
            throw new ArgumentException("The complaint intake needs at least one category.", nameof(categories));
        }

        Categories = categories;
        Demands = demands ?? DefaultDemands;
        _categories = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<ComplaintChoice> Categories { get; }

    public IReadOnlyList<ComplaintChoice> Demands { get; }

    /// <summary>A description shorter than this (in characters as a person counts them) is followed up, Chinese text.</summary>
    public int MinimumChineseLength { get; init; } = 12;

    /// <summary>The same for Latin-script text (words are longer).</summary>
    public int MinimumLatinLength { get; init; } = 30;

    /// <summary>The demands of domain §2: repair, replacement, how-to help, complaint about staff, refund.</summary>
    public static IReadOnlyList<ComplaintChoice> DefaultDemands { get; } =
    [
        Choice("repair", "免费维修", "Free repair", "维修", "修理", "修", "上门维修", "repair", "fix", "fix it"),
        Choice("replacement", "换货", "Replacement", "换", "更换", "换新", "换一台", "replace", "replacement", "exchange", "new one"),
        Choice("guidance", "使用指导", "How-to help", "指导", "教我", "怎么用", "使用方法", "how to", "guidance", "help", "show me how"),
        Choice("staff_complaint", "投诉工作人员", "Complaint about staff", "投诉员工", "投诉人员", "投诉客服", "staff", "complain about staff"),
        Choice("refund", "退款", "Refund", "退货", "退钱", "退货退款", "refund", "money back", "return"),
    ];

    /// <summary>Taxonomy categories that are not problems and so never a complaint's category.</summary>
    public static IReadOnlySet<string> NotComplaints { get; } = new HashSet<string>(StringComparer.Ordinal) { "praise" };

    /// <summary>The problem categories of a classifier taxonomy (config/categories.json), without <see cref="NotComplaints"/>.</summary>
    public static ComplaintCatalog FromTaxonomy(CategoryTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new ComplaintCatalog([.. taxonomy.Categories.Where(c => !NotComplaints.Contains(c.Id)).Select(c => new ComplaintChoice(c.Id, c.Names, []))]);
    }

    public ComplaintChoice? FindCategory(string? id) => id is null ? null : _categories.GetValueOrDefault(id);

    /// <summary>
    /// Too vague to act on: very short, or short and without any detail of when, how long or under what condition
    /// ("空调不制冷" / "AC doesn't cool" rather than "no cold air after switching on, set to 16 °C, for 3 months").
    /// </summary>
    public bool IsVague(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var text = description.Trim();
        var length = new StringInfo(text).LengthInTextElements;
        var chinese = text.Any(c => c is >= '\u4e00' and <= '\u9fff');
        var minimum = chinese ? MinimumChineseLength : MinimumLatinLength;
        if (length < minimum)
        {
            return true;
        }

        var hasDetail = text.Any(char.IsDigit) || DetailWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        return !hasDetail && length < minimum * 2;
    }

    private static ComplaintChoice Choice(string id, string zh, string en, params string[] synonyms) =>
        new(id, new Dictionary<string, string>(StringComparer.Ordinal) { ["zh-CN"] = zh, ["en-US"] = en }, synonyms);
}
