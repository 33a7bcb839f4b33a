namespace AfterSalesBot.TextAnalysis.Recognizers.Lexicons;

/// <summary>
/// Yes/no words, Chinese and English. Hedges ("maybe", "不确定") make an answer ambiguous; neutral
/// words ("不好意思" sorry, "好像" seems) are consumed so their characters do not read as yes or no; negated forms are listed so the longest match ("不可以", "not ok", "no problem") wins.
/// </summary>
internal static class YesNoLexicon
{
    public static readonly PhraseLexicon<YesNoWord> Instance = new(Entries());

    private static IEnumerable<(string, YesNoWord)> Entries()
    {
        foreach (var w in new[]
        {
            "好的", "好滴", "好嘞", "好呀", "好啊", "好吧", "好", "可以", "可以的", "行", "行的", "行啊", "中", "愿意", "同意", "没问题", "没有问题",
            "是", "是的", "是啊", "对", "对的", "对啊", "嗯", "嗯嗯", "恩", "恩恩", "要", "需要", "当然", "当然可以", "当然了", "必须的", "确定",
            "好哒", "ok", "okay", "okey", "okie", "k", "kk", "yes", "yeah", "yea", "yep", "yup", "ya", "yah", "y", "sure", "of course",
            "definitely", "absolutely", "certainly", "agree", "i agree", "i do", "i will", "please", "yes please", "yes pls", "yes plz",
            "alright", "all right", "fine", "no problem", "no worries", "why not", "sounds good", "go ahead", "right", "correct", "affirmative",
            "sure thing", "that's fine", "that is fine", "it's fine", "fine by me", "yess", "yse", "yeahh", "okk", "oki", "i would", "would love to", "👌", "👍", "✅", "✔", "☑", "🆗", "🙆",
        })
        {
            yield return (w, YesNoWord.Yes);
        }

        foreach (var w in new[]
        {
            "不", "不要", "不用", "不用了", "不用啦", "不需要", "不了", "算了", "不行", "不可以", "不愿意", "不同意", "拒绝", "不好", "不是",
            "否", "否定", "没有", "没", "不对", "别", "不必", "不必了", "免了", "不想", "不要了", "没必要", "不方便", "木有", "暂时不用", "别打了", "别打", "别联系", "别联系我", "别再打了", "不麻烦了", "no", "noo", "nop", "nope", "nah", "na", "n", "not really",
            "no thanks", "no thank you", "not now", "never", "no way", "not ok", "not okay", "i don't", "i do not", "don't", "do not",
            "i won't", "i will not", "not at all", "negative", "i disagree", "disagree", "not interested", "no need", "not necessary",
            "not sure i want", "i don't think so", "rather not", "i'd rather not", "not needed", "👎", "❌", "✖", "🙅", "🚫",
        })
        {
            yield return (w, YesNoWord.No);
        }

        foreach (var w in new[]
        {
            "maybe", "perhaps", "not sure", "don't know", "dont know", "i don't know", "idk", "possibly", "depends", "it depends",
            "可能", "也许", "或许", "不确定", "不知道", "看情况", "再说", "随便", "都行", "无所谓", "不一定", "不清楚", "说不好", "不好说",
        })
        {
            yield return (w, YesNoWord.Hedge);
        }

        foreach (var w in new[]
        {
            "不好意思", "好久", "好像", "好多", "只好", "最好", "正好", "刚好", "是不是", "好不好", "可不可以", "要不", "要不要", "行不行",
            "对不起", "不客气", "没关系", "不错", "还好", "好评", "好用",
        })
        {
            yield return (w, YesNoWord.Neutral);
        }
    }
}
