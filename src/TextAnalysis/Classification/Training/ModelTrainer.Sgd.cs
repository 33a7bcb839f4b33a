using AfterSalesBot.TextAnalysis.Classification.Models;

namespace AfterSalesBot.TextAnalysis.Classification.Training;

public static partial class ModelTrainer
{
    // Runs up to `epochs` shuffled passes; with an evaluation set, keeps the best epoch's weights and returns its number.
    private static int RunEpochs(
        EncodedSet set,
        int[] fitRows,
        float[] weights,
        float[] bias,
        float[] classWeights,
        TrainingOptions options,
        int epochs,
        EncodedSet? evalSet,
        int[] evalRows,
        string stage,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var k = bias.Length;
        var random = new Random(options.Seed);
        var order = (int[])fitRows.Clone();
        var total = (double)epochs * order.Length;
        float[]? bestWeights = null;
        float[]? bestBias = null;
        var best = (Accuracy: -1.0, Loss: double.MaxValue);
        var bestEpoch = epochs;
        var sinceBest = 0;
        var mainWeight = (float)options.MainLabelWeight;

        for (var epoch = 0; epoch < epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var done = (double)epoch * order.Length;
            if (options.Threads == 1)
            {
                var scores = new float[k];
                for (var i = 0; i < order.Length; i++)
                {
                    var lr = (float)(options.LearningRate * (1 - ((done + i) / total)));
                    Step(set, order[i], weights, bias, classWeights, mainWeight, lr, scores);
                }
            }
            else
            {
                var threads = options.Threads;
                var chunk = (order.Length + threads - 1) / threads;
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, t =>
                {
                    var scores = new float[k];
                    var end = Math.Min(order.Length, (t + 1) * chunk);
                    for (int i = t * chunk, local = 0; i < end; i++, local++)
                    {
                        // Each thread walks its own slice; the step decays with the epoch's overall progress.
                        var lr = (float)(options.LearningRate * (1 - ((done + (local * threads)) / total)));
                        Step(set, order[i], weights, bias, classWeights, mainWeight, Math.Max(lr, 0f), scores);
                    }
                });
            }

            if (evalSet is null || evalRows.Length == 0)
            {
                progress?.Report(new TrainingProgress(stage, epoch + 1, epochs, double.NaN));
                continue;
            }

            var result = Evaluate(evalSet, evalRows, weights, bias, k);
            progress?.Report(new TrainingProgress(stage, epoch + 1, epochs, result.Accuracy));
            if (result.Accuracy > best.Accuracy || (result.Accuracy == best.Accuracy && result.Loss < best.Loss))
            {
                best = result;
                bestEpoch = epoch + 1;
                sinceBest = 0;
                bestWeights ??= new float[weights.Length];
                bestBias ??= new float[k];
                weights.CopyTo(bestWeights, 0);
                bias.CopyTo(bestBias, 0);
            }
            else if (++sinceBest >= options.Patience)
            {
                break;
            }
        }

        if (bestWeights is not null && bestBias is not null)
        {
            bestWeights.CopyTo(weights, 0);
            bestBias.CopyTo(bias, 0);
        }

        return bestEpoch;
    }

    private static void Step(EncodedSet set, int row, float[] weights, float[] bias, float[] classWeights, float mainWeight, float lr, float[] scores)
    {
        var labels = set.LabelsOf(row);
        var main = labels[0];
        if (main < 0)
        {
            return;
        }

        var k = bias.Length;
        var features = set.FeaturesOf(row);
        var scale = set.Scales[row];
        Logits(features, scale, weights, bias, scores);
        VectorMath.Softmax(scores, 1f);

        // Gradient of cross-entropy against the (soft) target: probabilities minus target.
        var others = 0;
        for (var j = 1; j < labels.Length; j++)
        {
            others += labels[j] >= 0 ? 1 : 0;
        }

        if (others == 0)
        {
            scores[main] -= 1f;
        }
        else
        {
            scores[main] -= mainWeight;
            var share = (1f - mainWeight) / others;
            for (var j = 1; j < labels.Length; j++)
            {
                if (labels[j] >= 0)
                {
                    scores[labels[j]] -= share;
                }
            }
        }

        var step = lr * classWeights[main];
        for (var c = 0; c < k; c++)
        {
            var g = scores[c] * step;
            bias[c] -= g;
            scores[c] = -g * scale;
        }

        var w = weights.AsSpan();
        foreach (var f in features)
        {
            VectorMath.Add(w.Slice(f * k, k), scores);
        }
    }

    private static void Logits(ReadOnlySpan<int> features, float scale, float[] weights, float[] bias, Span<float> scores)
    {
        var k = bias.Length;
        scores.Clear();
        var w = weights.AsSpan();
        foreach (var f in features)
        {
            VectorMath.Add(scores, w.Slice(f * k, k));
        }

        for (var c = 0; c < k; c++)
        {
            scores[c] = bias[c] + (scale * scores[c]);
        }
    }

    private static (double Accuracy, double Loss) Evaluate(EncodedSet set, int[] rows, float[] weights, float[] bias, int k)
    {
        var scores = new float[k];
        var correct = 0;
        var loss = 0.0;
        foreach (var r in rows)
        {
            Logits(set.FeaturesOf(r), set.Scales[r], weights, bias, scores);
            var best = VectorMath.Softmax(scores, 1f);
            var main = set.LabelsOf(r)[0];
            correct += best == main ? 1 : 0;
            loss -= Math.Log(Math.Max(main >= 0 ? scores[main] : 0f, 1e-7));
        }

        return ((double)correct / rows.Length, loss / rows.Length);
    }

    // One temperature for the whole softmax, chosen to minimise validation log-loss (golden-section search on log T).
    private static float FitTemperature(EncodedSet set, int[] rows, float[] weights, float[] bias, int k)
    {
        var logits = new float[rows.Length * k];
        var targets = new int[rows.Length];
        var scores = new float[k];
        for (var i = 0; i < rows.Length; i++)
        {
            Logits(set.FeaturesOf(rows[i]), set.Scales[rows[i]], weights, bias, scores);
            scores.CopyTo(logits, i * k);
            targets[i] = set.LabelsOf(rows[i])[0];
        }

        double Loss(double logT)
        {
            var t = (float)Math.Exp(logT);
            var p = new float[k];
            var sum = 0.0;
            for (var i = 0; i < targets.Length; i++)
            {
                logits.AsSpan(i * k, k).CopyTo(p);
                VectorMath.Softmax(p, t);
                sum -= Math.Log(Math.Max(targets[i] >= 0 ? p[targets[i]] : 0f, 1e-7));
            }

            return sum;
        }

        const double Ratio = 0.6180339887498949;
        double lo = Math.Log(0.05), hi = Math.Log(20);
        var x1 = hi - (Ratio * (hi - lo));
        var x2 = lo + (Ratio * (hi - lo));
        double f1 = Loss(x1), f2 = Loss(x2);
        for (var iteration = 0; iteration < 40; iteration++)
        {
            if (f1 < f2)
            {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - (Ratio * (hi - lo));
                f1 = Loss(x1);
            }
            else
            {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + (Ratio * (hi - lo));
                f2 = Loss(x2);
            }
        }

        return (float)Math.Exp((lo + hi) / 2);
    }
}
