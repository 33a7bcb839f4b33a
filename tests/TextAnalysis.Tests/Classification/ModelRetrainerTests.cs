using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Retraining;
using AfterSalesBot.TextAnalysis.Classification.Tagging;
using Xunit.Abstractions;

namespace AfterSalesBot.TextAnalysis.Tests.Classification;

/// <summary>The promotion gate of retraining from analyst labels, on the real seed corpus and the fixed validation fifth.</summary>
public class ModelRetrainerTests(ITestOutputHelper output)
{
    [Fact]
    public void A_model_trained_on_wrong_labels_is_worse_on_the_validation_set_and_is_not_promoted()
    {
        var seed = ShippedModels.LoadSeed(TestData.SeedDirectory, "sentiment");
        // An analyst who labels every training comment with the wrong sentiment, twice over.
        var wrong = seed.Where(r => !ValidationSplit.IsValidation(r.Text))
            .SelectMany(r => Enumerable.Repeat(new LabeledExample(r.Text, [r.Label == "negative" ? "positive" : "negative"]), 2))
            .ToList();

        var result = ModelRetrainer.Train("sentiment", seed, wrong, null, new ShippedModelOptions().Training);

        output.WriteLine($"candidate {result.CandidateScore.SummaryLine()}; baseline {result.BaselineVersion} {result.BaselineScore.SummaryLine()}");
        Assert.Equal(ModelRetrainer.SeedBaseline, result.BaselineVersion);
        Assert.True(result.CandidateScore.MacroF1 < result.BaselineScore.MacroF1 - 0.1, "poisoned labels should cost macro-F1 on the validation rows");
        Assert.False(result.Promote);
        Assert.Equal(seed.Count(r => ValidationSplit.IsValidation(r.Text)), result.ValidationRows);
        Assert.Equal(wrong.Count, result.LabelRows);
    }

    [Fact]
    public void An_equally_good_model_passes_the_gate_and_labels_on_validation_texts_never_reach_training()
    {
        var seed = ShippedModels.LoadSeed(TestData.SeedDirectory, "emotion");
        // Labels on validation texts would let the candidate see the answers: they are left out, so the candidate equals the seed-only baseline.
        var cheating = seed.Where(r => ValidationSplit.IsValidation(r.Text)).Take(50).ToList();

        var result = ModelRetrainer.Train("emotion", seed, cheating, null, new ShippedModelOptions().Training);

        Assert.Equal(0, result.LabelRows);
        Assert.Equal(result.BaselineScore.MacroF1, result.CandidateScore.MacroF1);
        Assert.True(result.Promote);
    }
}
