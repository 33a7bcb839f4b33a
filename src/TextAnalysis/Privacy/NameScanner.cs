using System.Text;

namespace AfterSalesBot.TextAnalysis.Privacy;

/// <summary>
/// Finds a person's name next to a form of address. English: the one or two words after Mr/Ms/Mrs/Miss
/// ("Ms. Wang Li"), capitalised. Chinese: the characters before 先生/女士/小姐, from a common surname on ("王小明先生"); Chinese has no
/// spaces, so the name starts at the earliest surname within three characters that follows a word boundary.
/// </summary>
internal static class NameScanner
{
    private static readonly string[] ChineseTitles = ["先生", "女士", "小姐"];
    private static readonly string[] EnglishTitles = ["Mrs", "Miss", "Mr", "Ms"];

    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    private static readonly string[] CompoundSurnames = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "夏侯", "公孙"];

    // Characters that end the word before a name: particles and verbs that typically precede one (感谢张先生, 找李先生).
    private const string Boundaries = "的了是和跟与给找叫请向对问谢位个称被把让为由将从见请";

    public static PersonalDataMatch? At(string text, int i) =>
        StartsWithAny(text, i, ChineseTitles) ? Chinese(text, i) : English(text, i);

    public static void AppendMasked(StringBuilder builder, ReadOnlySpan<char> name)
    {
        if (IsCjk(name[0]))
        {
            var surname = name.Length > 2 && IsCompound(name) ? 2 : 1;
            builder.Append(name[..surname]).Append('*', name.Length - surname);
            return;
        }

        // "Wang Li" → "W* L*": the initial of each word, the length hidden.
        var wordStart = true;
        foreach (var c in name)
        {
            if (c != ' ')
            {
                if (wordStart)
                {
                    builder.Append(c).Append('*');
                }

                wordStart = false;
            }
            else
            {
                builder.Append(c);
                wordStart = true;
            }
        }
    }

    private static PersonalDataMatch? Chinese(string text, int title)
    {
        for (var p = Math.Max(0, title - 4); p < title; p++)
        {
            var compound = p + 1 < title && IsCompound(text.AsSpan(p));
            if (!compound && !Surnames.Contains(text[p], StringComparison.Ordinal))
            {
                continue;
            }

            if (!AllCjk(text, p, title) || (p > 0 && IsCjk(text[p - 1]) && !Boundaries.Contains(text[p - 1], StringComparison.Ordinal)))
            {
                continue;
            }

            var givenName = title - p - (compound ? 2 : 1);
            if (givenName > 2 || (givenName > 0 && Boundaries.Contains(text[title - 1], StringComparison.Ordinal)))
            {
                continue;
            }

            // A surname alone ("王女士") says no more than "Ms. W*": nothing to mask.
            return givenName == 0 ? null : new PersonalDataMatch(PersonalDataKind.Name, p, title - p);
        }

        return null;
    }

    private static PersonalDataMatch? English(string text, int i)
    {
        if (!char.IsAsciiLetterUpper(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
        {
            return null;
        }

        foreach (var title in EnglishTitles)
        {
            if (!text.AsSpan(i).StartsWith(title, StringComparison.Ordinal))
            {
                continue;
            }

            var j = i + title.Length;
            if (j < text.Length && text[j] == '.')
            {
                j++;
            }

            var spaces = 0;
            while (j < text.Length && text[j] == ' ' && spaces < 3)
            {
                j++;
                spaces++;
            }

            if (spaces == 0 || j >= text.Length)
            {
                return null;
            }

            if (IsCjk(text[j]))
            {
                var cjkEnd = j;
                while (cjkEnd < text.Length && cjkEnd - j < 3 && IsCjk(text[cjkEnd]))
                {
                    cjkEnd++;
                }

                return new PersonalDataMatch(PersonalDataKind.Name, j, cjkEnd - j);
            }

            // Lower-case words after a title are rarely names ("Mr and Mrs"); a name is written capitalised.
            var end = WordEnd(text, j);
            if (end - j < 2 || !char.IsAsciiLetterUpper(text[j]))
            {
                return null;
            }

            // A second capitalised word is part of the name ("Ms. Wang Li").
            if (end + 1 < text.Length && text[end] == ' ' && char.IsAsciiLetterUpper(text[end + 1]) && WordEnd(text, end + 1) - end - 1 >= 2)
            {
                end = WordEnd(text, end + 1);
            }

            return new PersonalDataMatch(PersonalDataKind.Name, j, end - j);
        }

        return null;
    }

    private static int WordEnd(string text, int j)
    {
        var end = j;
        while (end < text.Length && end - j < 40 && (char.IsAsciiLetter(text[end]) || (text[end] is '\'' or '-' && end > j)))
        {
            end++;
        }

        return end;
    }

    private static bool StartsWithAny(string text, int i, string[] values)
    {
        foreach (var value in values)
        {
            if (text.AsSpan(i).StartsWith(value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCompound(ReadOnlySpan<char> text)
    {
        foreach (var surname in CompoundSurnames)
        {
            if (text.StartsWith(surname, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllCjk(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsCjk(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');
}
