using AfterSalesBot.TextAnalysis.Classification.Evaluation;

namespace AfterSalesBot.TextAnalysis.Tests.Classification;

public class ClassificationReportTests
{
    [Fact]
    public void Scores_match_a_hand_computed_example()
    {
        // gold a a a b b c ; predicted a a b b c c
        var report = ClassificationReport.Create(["a", "a", "a", "b", "b", "c"], ["a", "a", "b", "b", "c", "c"]);
        Assert.Equal(4.0 / 6, report.Accuracy, 6);
        var a = report.Classes.Single(c => c.Label == "a");
        Assert.Equal((1.0, 2.0 / 3), (a.Precision, a.Recall));
        // F1: a = 0.8, b = 0.5, c = 2/3.
        Assert.Equal((0.8 + 0.5 + (2.0 / 3)) / 3, report.MacroF1, 6);
        Assert.Equal(1, report.Confusion(0, 1));
        Assert.Equal("accuracy=0.6667 macro_f1=0.6556 n=6", report.SummaryLine());
    }
}
