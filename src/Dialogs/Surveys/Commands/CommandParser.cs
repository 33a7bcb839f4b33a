using System.Text;
using System.Text.RegularExpressions;

namespace AfterSalesBot.Dialogs.Surveys.Commands;

/// <summary>
/// Recognises the global commands in Chinese and English. A command must be the whole message (after
/// trimming, NFKC, lower-casing and trailing punctuation), so an answer that merely contains "stop" or "帮助"
/// is never taken for one; long messages are not examined at all.
/// </summary>
public static partial class CommandParser
{
    private const int LongestCommand = 60;

    private static readonly Dictionary<string, ParsedCommand> Phrases = Build();

    public static ParsedCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > LongestCommand)
        {
            return null;
        }

        var normal = Normalize(text);
        if (Phrases.TryGetValue(normal, out var command))
        {
            return command;
        }

        var change = Match(ChangeEnglish(), normal);
        if (!change.Success)
        {
            change = Match(ChangeChinese(), normal);
        }

        if (!change.Success)
        {
            change = Match(ChangeChineseShort(), normal);
        }

        return change.Success ? new ParsedCommand(CommandKind.ChangeAnswer, change.Groups["v"].Value.Trim()) : null;
    }

    /// <summary>
    /// The match, or no match when the timeout ran out: the timeout guards against pathological input, and on a busy
    /// machine (a first call, a loaded CPU) it can also run out on a short answer, which must not fail the turn.
    /// </summary>
    internal static Match Match(Regex pattern, string text)
    {
        try
        {
            return pattern.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    /// <summary>NFKC (full-width to ASCII), lower case, single spaces, no trailing punctuation or politeness.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        var result = builder.ToString().TrimEnd(' ', '.', '!', '?', '。', '！', '？', '~', '～', ',', '，', '、');
        foreach (var polite in new[] { " please", " pls", "吧", "啊", "呀", "吗" })
        {
            if (result.Length > polite.Length && result.EndsWith(polite, StringComparison.Ordinal))
            {
                result = result[..^polite.Length].TrimEnd();
            }
        }

        return result.StartsWith("请", StringComparison.Ordinal) && result.Length > 2 ? result[1..] : result;
    }

    private static Dictionary<string, ParsedCommand> Build()
    {
        var phrases = new Dictionary<string, ParsedCommand>(StringComparer.Ordinal);
        void Add(CommandKind kind, string? argument, params string[] words)
        {
            foreach (var word in words)
            {
                phrases[Normalize(word)] = new ParsedCommand(kind, argument);
            }
        }

        Add(CommandKind.Help, null, "help", "?", "？", "帮助", "怎么用", "怎么回答", "how does this work", "what can i say", "menu", "菜单");
        Add(CommandKind.Restart, null, "restart", "start over", "start again", "重新开始", "重来", "重新填写", "从头开始", "重新填");
        Add(CommandKind.Stop, null, "stop", "quit", "exit", "cancel", "end survey", "退出", "停止", "结束", "不填了", "取消", "退出调查");
        Add(CommandKind.Human, null, "human", "agent", "person", "talk to a person", "talk to a human", "real person", "customer service",
            "人工", "转人工", "人工客服", "找人工", "真人", "人工服务");
        Add(CommandKind.Back, null, "back", "go back", "previous", "previous question", "上一题", "返回", "返回上一题", "回到上一题", "上一步");
        Add(CommandKind.Complaint, null, "complaint", "complain", "i want to complain", "make a complaint", "file a complaint", "投诉", "我要投诉", "我想投诉");
        Add(CommandKind.SwitchLanguage, "en-US", "english", "english please", "in english", "speak english", "can you speak english",
            "英文", "英语", "说英文", "说英语", "用英文", "用英语");
        Add(CommandKind.SwitchLanguage, "zh-CN", "中文", "说中文", "用中文", "讲中文", "中文吧", "chinese", "chinese please", "in chinese", "speak chinese");
        Add(CommandKind.Skip, null, "skip", "pass", "skip it", "skip this", "skip this one", "next", "n/a", "na", "i don't remember", "don't remember",
            "跳过", "略过", "跳过这题", "跳过此题", "下一题", "不想回答", "不记得", "不记得了", "忘了", "记不清了", "不知道");
        return phrases;
    }

    [GeneratedRegex(@"^(?:can you |could you |i want to |i'd like to )?(?:change|set|make|update|correct)(?: my| the)?(?: last| previous)?(?: answer| rating| score| reply)?(?: to| into) (?<v>[^\r\n]{1,30})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex ChangeEnglish();

    // With a word saying what changes ("把评分改成3", "答案改为满意") the new value may be longer; without one
    // ("改成4") it must be short, so a suggestion such as "改成上门服务更好" stays an answer.
    [GeneratedRegex(@"^(?:我想|我要)?(?:把|将)?(?:上一题|上一个|上题|刚才|刚刚|之前|前一题)?(?:的)?(?:答案|回答|评分|分数|打分)(?:改成|改为|改到|换成|修改为|修改成|更改为|更正为)(?<v>[^\r\n]{1,20})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex ChangeChinese();

    [GeneratedRegex(@"^(?:我想|我要)?(?:改成|改为|换成|修改为|更改为|更正为)(?<v>[^\r\n]{1,5})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex ChangeChineseShort();
}
