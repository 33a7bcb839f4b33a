using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Training;

namespace AfterSalesBot.TextAnalysis.Tests.Classification;

public class ModelFileTests
{
    // A few invented comments per label, repeated with variations: enough for a model to learn from.
    internal static List<LabeledExample> TinyCorpus()
    {
        string[] negative = ["快递太慢了", "客服态度很差", "东西坏了没人管", "the parcel is late again", "terrible support, nobody answers", "退款一直不到账"];
        string[] positive = ["师傅很专业，谢谢", "送货很快，满意", "服务态度好", "great service, thank you", "fixed quickly, very happy", "客服耐心解答"];
        var rows = new List<LabeledExample>();
        for (var i = 0; i < 6; i++)
        {
            foreach (var t in negative)
            {
                rows.Add(new LabeledExample(t + new string('!', i), ["negative"]));
            }

            foreach (var t in positive)
            {
                rows.Add(new LabeledExample(t + new string('。', i), ["positive"]));
            }
        }

        return rows;
    }

    private static LinearModel Train(int seed = 17) =>
        ModelTrainer.Train("sentiment", TinyCorpus(), null, new TrainingOptions { Seed = seed, Epochs = 10 });

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_model_bytes()
    {
        Assert.Equal(ModelFile.Serialize(Train()), ModelFile.Serialize(Train()));
        Assert.NotEqual(ModelFile.Serialize(Train()), ModelFile.Serialize(Train(seed: 18)));
    }

    [Fact]
    public void Trained_model_separates_its_labels()
    {
        var model = Train();
        Assert.Equal("negative", model.Predict("快递太慢了，态度差").Label);
        Assert.Equal("positive", model.Predict("very happy with the great service").Label);
    }

    [Fact]
    public void Saved_model_loads_with_the_same_header_and_predictions()
    {
        var model = Train();
        var path = Path.Combine(Path.GetTempPath(), $"asb-{Guid.NewGuid():N}.asbm");
        try
        {
            ModelFile.Save(model, path);
            var loaded = ModelFile.Load(path);
            Assert.Equal(model.Header.Fingerprint, loaded.Header.Fingerprint);
            Assert.Equal(model.Version, loaded.Version);
            Assert.Equal(model.Labels, loaded.Labels);
            Assert.Equal(model.Header.Features, loaded.Header.Features);
            foreach (var text in new[] { "快递太慢", "great", "完全没关系的一句话" })
            {
                Assert.Equal(model.Predict(text).Probabilities, loaded.Predict(text).Probabilities);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Quantised_model_is_smaller_and_predicts_the_same_labels()
    {
        var model = Train();
        var full = ModelFile.Serialize(model);
        var small = ModelFile.Serialize(model, quantize: true);
        Assert.True(small.Length < full.Length);
        var loaded = ModelFile.Deserialize(small);
        foreach (var row in TinyCorpus())
        {
            Assert.Equal(model.Predict(row.Text).Label, loaded.Predict(row.Text).Label);
        }
    }

    [Fact]
    public void Model_from_another_format_version_is_refused_with_the_version_in_the_message()
    {
        var bytes = ModelFile.Serialize(Train());
        BitConverter.GetBytes(ModelFile.FormatVersion + 1).CopyTo(bytes, 8);
        var e = Assert.Throws<ModelFormatException>(() => ModelFile.Deserialize(bytes, "old.asbm"));
        Assert.Contains($"format version {ModelFile.FormatVersion + 1}", e.Message, StringComparison.Ordinal);
        Assert.Contains("old.asbm", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_model_file_gives_a_clear_error()
    {
        var bytes = ModelFile.Serialize(Train());
        var flipped = (byte[])bytes.Clone();
        flipped[bytes.Length / 2] ^= 0x40;
        Assert.Contains("damaged", Assert.Throws<ModelFormatException>(() => ModelFile.Deserialize(flipped, "m")).Message, StringComparison.Ordinal);

        var truncated = bytes[..(bytes.Length * 2 / 3)];
        Assert.Contains("damaged", Assert.Throws<ModelFormatException>(() => ModelFile.Deserialize(truncated, "m")).Message, StringComparison.Ordinal);

        var notAModel = "text,label\nhello,positive\n"u8.ToArray();
        Assert.Contains("not an AfterSalesBot model", Assert.Throws<ModelFormatException>(() => ModelFile.Deserialize(notAModel, "m")).Message, StringComparison.Ordinal);

        Assert.Contains("does not exist", Assert.Throws<ModelFormatException>(() => ModelFile.Load("/nonexistent/model.asbm")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prediction_on_a_warm_thread_allocates_nothing()
    {
        var model = Train();
        var probabilities = new float[model.Labels.Count];
        model.Predict("快递三天都没到，客服也不回", probabilities);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            model.Predict("快递三天都没到，客服也不回", probabilities);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
