using AfterSalesBot.TextAnalysis.Classification.Features;

namespace AfterSalesBot.TextAnalysis.Tests.Classification;

public class FeatureExtractorTests
{
    private static readonly FeatureSettings NoSubwords = new() { SubwordMinN = 0, SubwordMaxN = 0 };

    private static int[] Features(string text, FeatureSettings? settings = null)
    {
        var extractor = new FeatureExtractor(settings ?? NoSubwords);
        var buffer = new FeatureBuffer();
        extractor.Extract(text, buffer);
        return buffer.Features.ToArray();
    }

    [Fact]
    public void Chinese_run_gives_character_one_to_three_grams()
    {
        // 很好用: 3 unigrams + 2 bigrams + 1 trigram.
        Assert.Equal(6, Features("很好用").Length);
        Assert.Subset(Features("很好用").ToHashSet(), Features("好用").ToHashSet());
    }

    [Fact]
    public void Latin_words_give_words_and_bigrams()
    {
        // "not good at all": 4 words + 3 bigrams.
        Assert.Equal(7, Features("not good at all").Length);
        Assert.NotEqual(Features("good not").OrderBy(x => x), Features("not good").OrderBy(x => x));
    }

    [Fact]
    public void Case_and_full_width_forms_do_not_change_features()
    {
        Assert.Equal(Features("very good"), Features("ＶＥＲＹ　Ｇｏｏｄ"));
        Assert.Equal(Features("退款100元"), Features("退款１００元"));
    }

    [Fact]
    public void Mixed_script_text_gets_both_kinds_of_features()
    {
        var mixed = Features("iPhone屏幕坏了").ToHashSet();
        Assert.Subset(mixed, Features("iphone").ToHashSet());
        Assert.Subset(mixed, Features("屏幕坏了").ToHashSet());
    }

    [Fact]
    public void Emoji_is_a_token_of_its_own()
    {
        var plain = Features("太差了").ToHashSet();
        var angry = Features("太差了😡").ToHashSet();
        Assert.True(angry.Count > plain.Count);
        Assert.NotEqual(Features("😡"), Features("😊"));
        // The emoji presentation selector is not a different emoji.
        Assert.Equal(Features("❤"), Features("❤\uFE0F"));
    }

    [Fact]
    public void Subwords_make_a_typo_share_features_with_the_right_word()
    {
        var settings = new FeatureSettings { SubwordMinN = 3, SubwordMaxN = 5 };
        var right = Features("delivery", settings).ToHashSet();
        var typo = Features("delivry", settings).ToHashSet();
        Assert.True(right.Intersect(typo).Count() >= 4);
    }

    [Fact]
    public void Features_stay_inside_the_bucket_count()
    {
        var settings = NoSubwords with { Buckets = 1024 };
        Assert.All(Features("快递三天都没到，客服也不回 the parcel never arrived!! 😡", settings), f => Assert.InRange(f, 0, 1023));
    }

    [Fact]
    public void Extracting_again_on_a_warm_buffer_allocates_nothing()
    {
        var extractor = new FeatureExtractor(new FeatureSettings());
        var buffer = new FeatureBuffer();
        const string text = "快递三天都没到，客服也不回！The parcel is LATE 😡 ｆｕｌｌ";
        extractor.Extract(text, buffer);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            extractor.Extract(text, buffer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Normaliser_applies_nfkc_and_lower_case()
    {
        Assert.Equal("file ok 100%", TextNormalizer.Normalize("ＦＩＬＥ\u3000ＯＫ １００％"));
        Assert.Equal("fix", TextNormalizer.Normalize("\uFB01x"));
        Assert.Equal("客服,你好!", TextNormalizer.Normalize("客服，你好！"));
    }
}
