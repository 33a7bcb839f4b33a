using System.Globalization;
using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Evaluation;
using AfterSalesBot.TextAnalysis.Classification.Features;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Training;

namespace AfterSalesBot.Bench.Classifier;

/// <summary>
/// One set: both classifiers pick their best of 4 settings on the tuning split (macro-F1), are retrained
/// on the whole training part with it, and are scored on the test part. Equal tuning effort: 4 trainings each.
/// </summary>
internal static class Comparison
{
    public sealed record Result(
        string Set, int TrainRows, int TestRows, int Labels,
        double OursAccuracy, double OursF1, double OursTrainSeconds, double OursRowsPerSecond, double OursLoadMs, string OursSettings,
        double FtAccuracy, double FtF1, double FtTrainSeconds, double FtRowsPerSecond, double FtLoadMs, string FtSettings);

    public static Result Run(BenchSet set, string work, TextWriter log)
    {
        var dir = Directory.CreateDirectory(Path.Combine(work, set.Name)).FullName;
        string P(string f) => Path.Combine(dir, f);
        FastText.Write(P("tune-train.txt"), set.TuneTrain);
        FastText.Write(P("tune-valid.txt"), set.TuneValid);
        FastText.Write(P("train.txt"), set.Train);
        FastText.Write(P("test.txt"), set.Test);
        FastText.Write(P("one.txt"), set.Test.Take(1));
        var tuneGold = set.TuneValid.Select(r => r.Label.Replace(' ', '_')).ToList();

        // fastText grid: epochs x learning rate x (Chinese: word n-grams over characters; English: subwords).
        var ftGrid = new List<string>();
        foreach (var epoch in new[] { 5, 25 })
        {
            foreach (var lang in set.Chinese ? new[] { "-wordNgrams 2", "-wordNgrams 3" } : ["-wordNgrams 2", "-wordNgrams 2 -minn 3 -maxn 6"])
            {
                ftGrid.Add(string.Create(CultureInfo.InvariantCulture, $"-epoch {epoch} -lr 0.5 {lang}"));
            }
        }

        // Ours: learning rate x class weights x (Chinese: character n-gram length; English: subwords). Epochs by early stopping.
        var ourGrid = new List<(string Name, TrainingOptions Options)>();
        foreach (var lr in new[] { 0.5, 1.0 })
        {
            foreach (var cw in new[] { 0.5 })
            {
                foreach (var f in set.Chinese
                    ? new[] { new FeatureSettings { CjkMaxN = 2 }, new FeatureSettings { CjkMaxN = 3 } }
                    : [new FeatureSettings { SubwordMinN = 0, SubwordMaxN = 0 }, new FeatureSettings()])
                {
                    ourGrid.Add((string.Create(CultureInfo.InvariantCulture, $"lr {lr}, class weight {cw}, {(set.Chinese ? $"cjk 1-{f.CjkMaxN}" : f.SubwordMinN == 0 ? "no subwords" : "subwords 3-5")}"),
                        new TrainingOptions { LearningRate = lr, ClassWeightPower = cw, Features = f }));
                }
            }
        }

        var bestFt = ftGrid.MaxBy(args =>
        {
            FastText.Train(P("tune-train.txt"), P("tune"), args);
            var (labels, _) = FastText.Predict(P("tune.bin"), P("tune-valid.txt"));
            var f1 = ClassificationReport.Create(tuneGold, labels).MacroF1;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {set.Name} fasttext {args}: tune macro-F1 {f1:F4}"));
            return f1;
        })!;
        var bestOurs = ourGrid.MaxBy(g =>
        {
            var model = ModelTrainer.Train(set.Name, set.TuneTrain, null, g.Options);
            var f1 = Score(model, set.TuneValid).MacroF1;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {set.Name} ours {g.Name}: tune macro-F1 {f1:F4}"));
            return f1;
        });

        // Final runs on the whole training part, timed.
        var ftTrain = FastText.Train(P("train.txt"), P("final"), bestFt);
        var (ftLabels, ftPredictAll) = FastText.Predict(P("final.bin"), P("test.txt"));
        var (_, ftPredictOne) = FastText.Predict(P("final.bin"), P("one.txt"));
        var ftReport = ClassificationReport.Create(set.Test.Select(r => r.Label.Replace(' ', '_')).ToList(), ftLabels);
        var ftRate = set.Test.Count / Math.Max((ftPredictAll - ftPredictOne).TotalSeconds, 1e-6);

        var cpu = CpuClock.Start();
        var ours = ModelTrainer.Train(set.Name, set.Train, null, bestOurs.Options);
        ModelFile.Save(ours, P("ours.asbm"));
        var ourTrain = cpu.Elapsed;
        // Median CPU time of five loads after a warm-up (a single load mostly measured a stray GC).
        var loaded = ModelFile.Load(P("ours.asbm"));
        var loads = new double[5];
        for (var i = 0; i < loads.Length; i++)
        {
            cpu = CpuClock.Start();
            loaded = ModelFile.Load(P("ours.asbm"));
            loads[i] = cpu.Elapsed.TotalMilliseconds;
        }

        Array.Sort(loads);
        var loadMs = loads[2];
        var ourReport = Score(loaded, set.Test);
        var ourRate = Throughput(loaded, set.Test);

        foreach (var big in Directory.GetFiles(dir, "*.bin").Concat(Directory.GetFiles(dir, "*.vec")))
        {
            File.Delete(big);
        }

        return new Result(set.Name, set.Train.Count, set.Test.Count, ours.Labels.Count,
            ourReport.Accuracy, ourReport.MacroF1, ourTrain.TotalSeconds, ourRate, loadMs, bestOurs.Name,
            ftReport.Accuracy, ftReport.MacroF1, ftTrain.TotalSeconds, ftRate, ftPredictOne.TotalMilliseconds, bestFt);
    }

    private static ClassificationReport Score(LinearModel model, List<LabeledExample> rows) =>
        ClassificationReport.Create(rows.Select(r => r.Label).ToList(), rows.Select(r => model.Predict(r.Text).Label).ToList());

    // Single-thread rows per second (CPU time) over the test texts, best of three passes.
    private static double Throughput(LinearModel model, List<LabeledExample> rows)
    {
        var probabilities = new float[model.Labels.Count];
        var best = double.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var cpu = CpuClock.Start();
            foreach (var r in rows)
            {
                model.Predict(r.Text, probabilities);
            }

            best = Math.Min(best, cpu.Elapsed.TotalSeconds);
        }

        return rows.Count / best;
    }
}
