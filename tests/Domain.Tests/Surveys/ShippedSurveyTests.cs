using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Domain.Tests.Surveys;

public sealed class ShippedSurveyTests
{
    private static SurveyReadResult Load(string name) =>
        SurveyDefinitionReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "surveys", name)), name);

    [Fact]
    public void Default_survey_is_valid_without_warnings_and_follows_domain_order()
    {
        var read = Load("aftersales-default.json");

        Assert.Empty(read.Issues);
        var survey = read.Survey!;
        Assert.Equal(
            ["customerType", "product", "staff", "speed", "resolution", "professionalism", "communication", "convenience", "leastSatisfied", "improvements", "callback"],
            survey.Questions.Select(q => q.Id));
        Assert.Equal(
            [QuestionKind.SingleChoice, QuestionKind.ShortText, QuestionKind.ShortText, QuestionKind.Rating, QuestionKind.Rating, QuestionKind.Rating,
             QuestionKind.Rating, QuestionKind.Rating, QuestionKind.OpenText, QuestionKind.OpenText, QuestionKind.YesNo],
            survey.Questions.Select(q => q.Kind));
        Assert.True(survey.FindQuestion("staff")!.Optional);
        Assert.All(survey.Questions.OfType<OpenTextQuestion>(), q => Assert.Equal(200, q.MaxLength));
        Assert.True(survey.Questions.Sum(q => q.EstimateSeconds()) <= 300);
    }

    [Theory]
    [InlineData(5, 5, 5, 5, 5, false)]
    [InlineData(4, 4, 4, 4, 4, false)]
    [InlineData(5, 5, 3, 5, 5, true)]
    [InlineData(1, 5, 5, 5, 5, true)]
    [InlineData(5, 5, 5, 5, 2, true)]
    public void Default_survey_asks_the_call_back_question_only_when_a_rating_is_3_or_lower(int speed, int resolution, int professionalism, int communication, int convenience, bool asked)
    {
        var survey = Load("aftersales-default.json").Survey!;
        var answers = new Dictionary<string, AnswerValue>
        {
            ["customerType"] = AnswerValue.FromChoice("individual"),
            ["product"] = AnswerValue.FromText("KFR-35GW"),
            ["staff"] = AnswerValue.Skipped,
            ["speed"] = AnswerValue.FromNumber(speed),
            ["resolution"] = AnswerValue.FromNumber(resolution),
            ["professionalism"] = AnswerValue.FromNumber(professionalism),
            ["communication"] = AnswerValue.FromNumber(communication),
            ["convenience"] = AnswerValue.FromNumber(convenience),
            ["leastSatisfied"] = AnswerValue.FromText("slow"),
            ["improvements"] = AnswerValue.Skipped,
        };

        var next = SurveyNavigator.NextQuestion(survey, answers);

        Assert.Equal(asked ? "callback" : null, next?.Id);
    }

    [Fact]
    public void Repair_survey_rates_the_five_repair_dimensions_and_nps()
    {
        var read = Load("aftersales-repair.json");

        Assert.Empty(read.Issues);
        var survey = read.Survey!;
        Assert.Equal(["speed", "resolution", "professionalism", "productQuality", "convenience"], survey.Questions.OfType<RatingQuestion>().Select(q => q.Id));
        var nps = Assert.Single(survey.Questions.OfType<NpsQuestion>());
        Assert.Equal((0, 10), (nps.Min, nps.Max));
    }

    [Fact]
    public void Every_text_of_the_shipped_surveys_exists_in_chinese_and_english()
    {
        foreach (var name in new[] { "aftersales-default.json", "aftersales-repair.json" })
        {
            var survey = Load(name).Survey!;
            foreach (var question in survey.Questions)
            {
                Assert.False(string.IsNullOrWhiteSpace(question.Prompt.For("zh-CN", "en-US")));
                Assert.NotEqual(question.Prompt.For("zh-CN", "en-US"), question.Prompt.For("en-US", "zh-CN"));
            }
        }
    }
}
