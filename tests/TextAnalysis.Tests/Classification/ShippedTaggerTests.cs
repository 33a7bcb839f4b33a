using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.TextAnalysis.Tests.Classification;

public class ShippedTaggerTests(ShippedTaggerFixture fixture) : IClassFixture<ShippedTaggerFixture>
{
    private readonly CommentTagger _tagger = fixture.Tagger;

    [Fact]
    public void Late_parcel_and_silent_service_is_tagged_logistics_and_slow_response_negative_angry()
    {
        // The acceptance example of the text-analysis issue.
        var tags = _tagger.Tag("快递三天都没到，客服也不回");
        Assert.Equal("logistics_delay", tags.Category);
        Assert.Contains("slow_response", tags.CategoryIds);
        Assert.Equal("negative", tags.Sentiment);
        Assert.Equal("angry", tags.Emotion);
    }

    [Theory]
    [InlineData("师傅上门很准时，修得也很好，非常满意！", "praise", "positive", "satisfied")]
    [InlineData("The engineer was polite and fixed it in ten minutes, thank you!", "praise", "positive", "satisfied")]
    [InlineData("空调用了一个月就不制冷了", "product_quality", "negative", null)]
    [InlineData("How do I reset the router to factory settings?", "usage_question", null, null)]
    [InlineData("退款申请两周了还没到账", "price_refund", "negative", null)]
    public void Typical_comments_get_the_expected_tags(string text, string category, string? sentiment, string? emotion)
    {
        var tags = _tagger.Tag(text);
        Assert.Equal(category, tags.Category);
        if (sentiment is not null)
        {
            Assert.Equal(sentiment, tags.Sentiment);
        }

        if (emotion is not null)
        {
            Assert.Equal(emotion, tags.Emotion);
        }
    }

    [Fact]
    public void Tags_carry_probabilities_and_the_model_version()
    {
        var tags = _tagger.Tag("客服态度太差了，挂我电话");
        Assert.Equal(tags.Category, tags.Categories[0].Label);
        Assert.InRange(tags.CategoryProbability, 0.0, 1.0);
        Assert.InRange(tags.SentimentScore, -1.0, 1.0);
        Assert.True(tags.SentimentScore < 0);
        Assert.Matches("^tagger-[0-9a-f]{12}$", tags.ModelVersion);
        Assert.Equal(_tagger.ModelVersion, tags.ModelVersion);
    }

    [Fact]
    public void A_one_star_rating_pulls_an_ambiguous_comment_towards_negative()
    {
        const string text = "还行吧，就那样";
        var none = _tagger.Tag(text);
        var oneStar = _tagger.Tag(text, rating: 1);
        var fiveStars = _tagger.Tag(text, rating: 5);
        Assert.True(oneStar.SentimentScore < none.SentimentScore);
        Assert.True(fiveStars.SentimentScore > none.SentimentScore);
        var noPrior = new CommentTagger(_tagger.CategoryModel, _tagger.SentimentModel, _tagger.EmotionModel, new TaggerOptions { RatingPrior = RatingPrior.None });
        Assert.Equal(none.SentimentScore, noPrior.Tag(text, rating: 1).SentimentScore);
    }

    [Fact]
    public void Tagging_from_many_threads_gives_the_same_answers_as_one_thread()
    {
        string[] texts = ["快递三天都没到，客服也不回", "great job", "退款还没到账", "the app keeps crashing", "师傅很专业", "流程太复杂了，要填好多表"];
        var expected = texts.Select(t => _tagger.Tag(t)).ToArray();
        var results = new CommentTagResult[texts.Length * 200];
        Parallel.For(0, results.Length, i => results[i] = _tagger.Tag(texts[i % texts.Length]));
        for (var i = 0; i < results.Length; i++)
        {
            var e = expected[i % texts.Length];
            Assert.Equal(e.CategoryIds, results[i].CategoryIds);
            Assert.Equal(e.SentimentScore, results[i].SentimentScore);
            Assert.Equal(e.Emotion, results[i].Emotion);
        }
    }

    [Fact]
    public void Second_start_loads_the_cached_models_instead_of_training()
    {
        var files = Directory.GetFiles(fixture.Options.ModelsDirectory, "*.asbm");
        Assert.Equal(3, files.Length);
        var stamps = files.ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var again = ShippedModels.LoadOrTrain(fixture.Options);
        Assert.Equal(_tagger.ModelVersion, again.ModelVersion);
        Assert.All(files, f => Assert.Equal(stamps[f], File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void A_damaged_cached_model_is_retrained_not_fatal()
    {
        var options = fixture.Options with { ModelsDirectory = Path.Combine(Path.GetTempPath(), $"asb-models-{Guid.NewGuid():N}") };
        try
        {
            var first = ShippedModels.LoadOrTrain("sentiment", options);
            var path = Directory.GetFiles(options.ModelsDirectory, "sentiment-*.asbm").Single();
            File.WriteAllBytes(path, File.ReadAllBytes(path)[..100]);
            var again = ShippedModels.LoadOrTrain("sentiment", options);
            Assert.Equal(first.Version, again.Version);
            Assert.Equal(first.Version, ModelFile.Load(path).Version);
        }
        finally
        {
            Directory.Delete(options.ModelsDirectory, recursive: true);
        }
    }
}
