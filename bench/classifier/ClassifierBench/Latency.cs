using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.Bench.Classifier;

/// <summary>
/// Per-comment latency of the shipped models on short seed comments (≤ 40 characters), one thread, after
/// warm-up: percentiles of single calls timed with the high-resolution clock; and model load time.
/// </summary>
internal static class Latency
{
    public static void Run(string corpusDirectory, string modelsDirectory, TextWriter output)
    {
        var options = new ShippedModelOptions { CorpusDirectory = corpusDirectory, ModelsDirectory = modelsDirectory };
        var tagger = ShippedModels.LoadOrTrain(options);
        var texts = ShippedModels.LoadSeed(corpusDirectory, "sentiment").Select(r => r.Text).Where(t => t.Length <= 40).ToArray();

        foreach (var file in Directory.GetFiles(modelsDirectory, "*.asbm").Order(StringComparer.Ordinal))
        {
            ModelFile.Load(file);
            // Wall time on a shared machine mostly measures the neighbours; CPU time is what the load costs.
            var wall = new double[9];
            var cpu = new double[9];
            for (var i = 0; i < wall.Length; i++)
            {
                var clock = CpuClock.Start();
                var watch = Stopwatch.StartNew();
                ModelFile.Load(file);
                wall[i] = watch.Elapsed.TotalMilliseconds;
                cpu[i] = clock.Elapsed.TotalMilliseconds;
            }

            Array.Sort(wall);
            Array.Sort(cpu);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load {Path.GetFileName(file)} ({new FileInfo(file).Length / 1024} KiB): CPU median {cpu[4]:F1} ms (worst {cpu[^1]:F1}); wall median {wall[4]:F1} ms, best {wall[0]:F1} ms"));
        }

        var probabilities = new float[64];
        Measure("category model, one prediction", texts, t => tagger.CategoryModel.Predict(t, probabilities), output);
        Measure("sentiment model, one prediction", texts, t => tagger.SentimentModel.Predict(t, probabilities), output);
        Measure("CommentTagger.Tag (3 models + result)", texts, t => tagger.Tag(t), output);
    }

    private static void Measure(string name, string[] texts, Action<string> action, TextWriter output)
    {
        for (var i = 0; i < 20_000; i++)
        {
            action(texts[i % texts.Length]);
        }

        var samples = new double[texts.Length * 20];
        var tick = 1_000_000.0 / Stopwatch.Frequency;
        for (var i = 0; i < samples.Length; i++)
        {
            var text = texts[i % texts.Length];
            var start = Stopwatch.GetTimestamp();
            action(text);
            samples[i] = (Stopwatch.GetTimestamp() - start) * tick;
        }

        Array.Sort(samples);
        double P(double q) => samples[(int)Math.Min(samples.Length - 1, q * samples.Length)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {samples.Length} calls on {texts.Length} short comments: p50 {P(0.5):F1} µs, p90 {P(0.9):F1} µs, p99 {P(0.99):F1} µs, max {samples[^1]:F1} µs"));
    }
}
