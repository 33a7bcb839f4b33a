using System.Diagnostics;
using AfterSalesBot.TextAnalysis.Recognizers;
using FsCheck;
using FsCheck.Fluent;

namespace AfterSalesBot.TextAnalysis.Tests.Recognizers;

/// <summary>
/// Property tests: whatever a customer (or an attacker) types, no recognizer throws, and the total time
/// over many random, huge, emoji and control-character inputs stays within a generous bound.
/// </summary>
public class RecognizerFuzzTests
{
    private static readonly ChoiceOption[] Options =
    [
        new("a", ["电话", "Phone"]),
        new("b", ["短信", "SMS"]),
        new("c", ["邮件", "Email"]),
    ];

    /// <summary>Pieces that exercise every scanner: digits in all widths, numerals, units, separators, dates, emoji, broken surrogates.</summary>
    private static readonly string[] Fragments =
    [
        "0", "1", "4", "9", "12", "2024", "１", "４", "①", "一", "两", "零", "十", "百", "千", "万", "亿", "兆", "点", "负", "分", "之", "又",
        "几", "多", "半", "打", "第", "个", "年", "月", "日", "号", "周", "星期", "上", "下", "前", "后", "天", "满意", "不", "不满意", "好",
        "是", "可以", "one", "hundred", "and", "a", "half", "thirds", "point", "out of", "over", "ago", "last", "next", "may", "1st", "th",
        "yes", "no", "not", "very", "satisfied", "stars", "/", "-", ".", ",", " ", "  ", "e", "^", "+", "%", "~", "到", "或", "or",
        "⭐", "★", "☆", "👍", "👌🏿", "😡", "4️⃣", "\uFE0F", "\u20E3", "\uD83D", "\uDE00", "\u0000", "\u0007", "\n", "\t", "\u200B", "\u202E",
        "１２３４", "+86 138 0013 8000", "2023.5.1", "5/1/2024", "9999年", "0000年", "99999999999999999999", "1e9999", "1.1^9999",
        "三个月前", "上周二", "双十一", "christmas", "yesterdy", "百分之", "—", "……",
    ];

    private static Arbitrary<string> Inputs()
    {
        var fragments = Gen.Elements(Fragments);
        var stitched = Gen.ListOf(fragments).Select(string.Concat);
        var randomChars = Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(cs => new string(cs));
        var huge = Gen.Zip(fragments, Gen.Choose(100, 2000)).Select(p => string.Concat(Enumerable.Repeat(p.Item1, p.Item2)));
        return Gen.Frequency((5, stitched), (3, randomChars), (1, huge)).ToArbitrary();
    }

    [Fact]
    public void Recognizers_never_throw_and_stay_fast_on_random_huge_and_emoji_input()
    {
        var reference = new DateTimeOffset(2024, 6, 12, 10, 0, 0, TimeSpan.FromHours(8));
        var watch = new Stopwatch();
        var calls = 0;
        var property = Prop.ForAll(Inputs(), (string text) =>
        {
            watch.Start();
            _ = NumberRecognizer.Find(text, "");
            _ = OrdinalRecognizer.Find(text, "zh-CN");
            _ = RatingRecognizer.Recognize(text, 1, 5, "zh-CN");
            _ = RatingRecognizer.Recognize(text, 0, 10, "en-US");
            _ = YesNoRecognizer.Recognize(text, "");
            _ = YesNoRecognizer.Match(text, "en-US");
            _ = DateRecognizer.Recognize(text, reference, "zh-CN");
            _ = DateRecognizer.Find(text, reference, "en-US");
            _ = PhoneTailRecognizer.Recognize(text);
            _ = ChoiceRecognizer.Recognize(text, Options, "");
            _ = ChoiceRecognizer.RecognizeMany(text, Options, "");
            watch.Stop();
            calls++;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1500), property);

        // Generous: about 1,500 inputs, a sixth of them 100–2,000 repeated fragments, on a shared 2-core machine.
        Assert.True(calls >= 1500, $"only {calls} inputs ran");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{calls} inputs took {watch.Elapsed}");
    }

    [Fact]
    public void Pathological_inputs_are_cut_to_a_bounded_length()
    {
        var huge = string.Concat(Enumerable.Repeat("一", 100_000));
        var watch = Stopwatch.StartNew();
        _ = NumberRecognizer.Find(huge, "");
        _ = DateRecognizer.Recognize(huge, new DateTimeOffset(2024, 6, 12, 0, 0, 0, TimeSpan.Zero), "");
        _ = RatingRecognizer.Recognize(huge, 1, 5, "");
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.All(NumberRecognizer.Find(huge, ""), m => Assert.True(m.End < 2000));
    }
}
