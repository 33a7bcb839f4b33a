using AfterSalesBot.TextAnalysis.Classification.Evaluation;
using AfterSalesBot.TextAnalysis.Classification.Training;
using Xunit.Abstractions;

namespace AfterSalesBot.TextAnalysis.Tests.Classification;

/// <summary>
/// Quality floors on fixed seeded samples of public sets (read at test time from shared/data, never copied):
/// a change to features or training that loses accuracy fails the build. Floors sit a few points under
/// the measured values so that noise does not fail them.
/// </summary>
public class PublicSetQualityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("waimai_10k", 4000, 0.84)] // measured macro-F1 0.873 on this sample
    [InlineData("uci_sentiment_sentences", 2384, 0.80)] // measured 0.828
    [InlineData("banking77", 5000, 0.82)] // measured 0.851, 77 classes
    public void Classifier_stays_above_its_floor_on_a_public_sample(string set, int take, double floor)
    {
        var (train, test) = TestData.PublicSplit(set, take);
        var model = ModelTrainer.Train(set, train, null, new TrainingOptions());
        var report = ClassificationReport.Create(test.Select(r => r.Label).ToList(), test.Select(r => model.Predict(r.Text).Label).ToList());
        output.WriteLine($"{set}: {report.SummaryLine()}");
        Assert.True(report.MacroF1 >= floor, $"{set}: macro-F1 {report.MacroF1:F4} fell below the floor {floor}");
    }
}
