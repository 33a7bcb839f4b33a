namespace AfterSalesBot.TextAnalysis.Recognizers.Lexicons;

/// <summary>
/// Words customers use instead of a number on a 1–5 satisfaction scale (1 very dissatisfied … 5 very satisfied),
/// Chinese and English, negated forms listed explicitly so "不满意" never reads as "满意".
/// </summary>
internal static class SatisfactionLexicon
{
    public static readonly PhraseLexicon<int> Instance = new(Entries());

    /// <summary>Single English words of six letters or more, for typo-tolerant lookup ("satisifed", "excelent").</summary>
    public static readonly (string Word, int Score)[] LongEnglishWords =
        [.. Entries().Where(e => e.Item2 > 0 && e.Item1.Length >= 6 && e.Item1.All(c => c is >= 'a' and <= 'z'))];

    /// <summary>True for emoji entries, which give way to words when both are present ("很棒👍" is 5, not 4 or 5).</summary>
    public static bool IsEmoji(string phrase) => phrase.Length > 0 && (char.IsSurrogate(phrase[0]) || phrase[0] > '\u2000' && phrase[0] < '\u2E80');

    /// <summary>English words that turn the next satisfaction word around ("not happy", "wasn't great").</summary>
    public static readonly HashSet<string> EnglishNegators = new(StringComparer.Ordinal)
    {
        "not", "never", "isn't", "wasn't", "aren't", "weren't", "don't", "didn't", "doesn't", "isnt", "wasnt", "dont", "didnt", "hardly", "no",
    };

    /// <summary>Score after a negation: a positive or neutral word becomes 2, a negative one 3.</summary>
    public static int Negate(int score) => score >= 3 ? 2 : 3;

    private static IEnumerable<(string, int)> Entries()
    {
        foreach (var w in new[]
        {
            "非常满意", "很满意", "十分满意", "特别满意", "超级满意", "超满意", "太满意了", "极其满意", "相当满意", "非常非常满意", 
            "非常好", "特别好", "超级好", "超好", "太好了", "太棒了", "很棒", "非常棒", "特别棒", "超棒", "棒极了", "好极了", "完美", "好评",
            "无可挑剔", "超赞", "点赞", "赞", "一百个满意", "满意极了", "非常不错", "特别不错", "满意满意",
            "very satisfied", "extremely satisfied", "completely satisfied", "totally satisfied", "super satisfied", "really satisfied",
            "highly satisfied", "very happy", "extremely happy", "really happy", "super happy", "excellent", "outstanding", "amazing",
            "awesome", "perfect", "fantastic", "great", "love it", "loved it", "superb", "brilliant", "wonderful", "the best",
            "exceptional", "very good", "really good", "very very good", "top notch",
        })
        {
            yield return (w, 5);
        }

        foreach (var w in new[]
        {
            "满意", "挺好", "挺满意", "比较满意", "还不错", "不错", "蛮好", "挺不错", "很好", "好", "比较好", "还挺好", "基本满意", "蛮满意",
            "还算满意", "给力", "可以的", "good", "pretty good", "quite good", "satisfied", "happy", "pleased", "nice", "pretty happy",
            "quite satisfied", "fairly satisfied", "mostly satisfied", "not bad", "good enough", "like it", "liked it", "solid",
        })
        {
            yield return (w, 4);
        }

        foreach (var w in new[]
        {
            "一般", "一般般", "还行", "还可以", "马马虎虎", "凑合", "还好", "中评", "过得去", "普通", "中规中矩", "说得过去", "不好不坏",
            "及格", "一般吧", "勉强", "就那样", "凑合吧", "还凑合", "ok", "okay", "o.k.", "average", "so-so", "so so", "meh", "alright",
            "all right", "neutral", "fair", "mediocre", "decent", "acceptable", "fine", "not great not terrible", "nothing special", "middling",
        })
        {
            yield return (w, 3);
        }

        foreach (var w in new[]
        {
            "不满意", "不太满意", "不怎么满意", "不是很满意", "不大满意", "不好", "不太好", "较差", "差", "不怎么样", "有点失望", "失望",
            "不行", "不咋地", "不咋样", "比较差", "有点差", "不够好", "不理想", 
            "dissatisfied", "unsatisfied", "not satisfied", "not happy", "unhappy", "disappointed", "disappointing", "poor", "bad",
            "not good", "not great", "not very good", "not so good", "could be better", "below average", "not really satisfied",
        })
        {
            yield return (w, 2);
        }

        foreach (var w in new[]
        {
            "非常不满意", "很不满意", "极不满意", "十分不满意", "特别不满意", "超级不满意", "太差了", "很差", "非常差", "特别差", "极差", "差劲",
            "垃圾", "糟糕", "太烂了", "烂", "差评", "非常失望", "很失望", "太失望了", "坑爹", "恶心", "气死了", "非常糟糕", "极其不满",
            "very dissatisfied", "extremely dissatisfied", "very unsatisfied", "very unhappy", "terrible", "awful", "horrible", "the worst",
            "worst", "very bad", "very poor", "disgusting", "useless", "rubbish", "garbage", "hate it", "hated it", "pathetic", "atrocious",
            "appalling", "really bad", "extremely poor", "not satisfied at all", "not happy at all", "totally dissatisfied", "very disappointed",
            "extremely disappointed", "horrendous", "trash",
        })
        {
            yield return (w, 1);
        }

        // Phrases that contain a satisfaction word but say nothing about satisfaction.
        foreach (var w in new[] { "说不好", "不好说", "不好意思", "好久", "好像", "only good thing", "good morning", "good afternoon", "good evening", "good night" })
        {
            yield return (w, 0);
        }

        // Emoji: faces and hands whose meaning is plain enough to score.
        foreach (var (e, s) in new[]
        {
            ("😍", 5), ("🥰", 5), ("🤩", 5), ("💯", 5), ("❤", 5), ("♥", 5), ("👏", 5),
            ("👍", 4), ("😊", 4), ("🙂", 4), ("😄", 4), ("😀", 4), ("😁", 4), ("😃", 4), ("👌", 4),
            ("😐", 3), ("😑", 3), ("🤷", 3), ("😶", 3),
            ("🙁", 2), ("☹", 2), ("😕", 2), ("😞", 2), ("😟", 2), ("👎", 2), ("😒", 2), ("😔", 2),
            ("😡", 1), ("😠", 1), ("🤬", 1), ("😤", 1), ("💩", 1), ("😭", 1), ("🤮", 1),
        })
        {
            yield return (e, s);
        }
    }
}
