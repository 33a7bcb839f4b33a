namespace AfterSalesBot.TextAnalysis.Recognizers.Numbers;

/// <summary>The characters of Chinese numerals, simplified, traditional and financial forms.</summary>
internal static class ChineseNumerals
{
    /// <summary>0–9 for a digit character, -1 otherwise. 两/兩 count, 〇 is zero.</summary>
    public static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' or '弌' => 1,
        '二' or '贰' or '貳' or '两' or '兩' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>10, 100, 1000 for 十/百/千 (and financial forms), 0 otherwise.</summary>
    public static double SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>10^4, 10^8, 10^12 for 万/亿/兆, 0 otherwise.</summary>
    public static double BigUnit(char c) => c switch
    {
        '万' or '萬' => 1e4,
        '亿' or '億' => 1e8,
        '兆' => 1e12,
        _ => 0,
    };

    public static bool IsFuzzy(char c) => c is '几' or '幾' or '多' or '余' or '餘';

    public static bool IsNegative(char c) => c is '负' or '負';

    public static bool IsNumeralStart(char c) => Digit(c) >= 0 || SmallUnit(c) > 0 || IsNegative(c) || c == '半';

    /// <summary>
    /// Words in which a numeral character is not a number ("一般" average, "四川" Sichuan, "队伍" team).
    /// Kept short on purpose: the ones customers write in survey answers and the common false friends.
    /// </summary>
    public static readonly string[] NotNumbers =
    [
        "一般", "一看", "一下", "一定", "一直", "一起", "一样", "一切", "一些", "一会", "一旦", "一向", "一致", "一律",
        "统一", "唯一", "万一", "一点点", "一如既往", "一言难尽", "一塌糊涂", "一无是处", "一模一样", "一路", "一次性",
        "十足", "十全十美", "四川", "陆地", "大陆", "陆续", "队伍", "入伍", "退伍", "落伍", "伍的", "收拾", "肆无忌惮",
        "放肆", "两两", "千万", "万分", "百般", "三心二意", "乱七八糟", "七嘴八舌", "不三不四",
    ];
}
