using System.Text.RegularExpressions;
using AfterSalesBot.Dialogs.Surveys.Commands;

namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>
/// Recognises a customer asking about their tickets: "我的工单怎么样了", "投诉处理到哪了", "查询工单进度",
/// "what's the status of my complaint", "any update on my ticket?". Short messages only, so a survey comment that
/// mentions a complaint is never taken for the question.
/// </summary>
public static partial class ComplaintStatusQuery
{
    private const int Longest = 40;

    public static bool IsMatch(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > Longest)
        {
            return false;
        }

        var normal = CommandParser.Normalize(text);
        return new[] { Chinese(), ChineseLookup(), English(), EnglishMine() }.Any(pattern => CommandParser.Match(pattern, normal).Success);
    }

    [GeneratedRegex(@"(工单|投诉|单子).{0,6}(怎么样|进度|状态|到哪|处理得|如何|结果|有消息|有进展)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^(查询|查看|查一下|查)(我的)?(工单|投诉)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex ChineseLookup();

    [GeneratedRegex(@"\b(status|progress|update|news)\b.{0,30}\b(complaint|ticket|case)s?\b|\b(complaint|ticket|case)s?\b.{0,20}\b(status|progress|update)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex English();

    [GeneratedRegex(@"^(show |check )?my (complaints?|tickets?)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex EnglishMine();
}
