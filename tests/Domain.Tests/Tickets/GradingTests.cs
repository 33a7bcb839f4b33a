using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Rules;

namespace AfterSalesBot.Domain.Tests.Tickets;

public sealed class GradingTests
{
    private static readonly TicketRules Rules = ShippedRules.Load();
    private static readonly TicketGrader Grader = new(Rules, new TicketRouter(Rules));

    private static NewComplaint Complaint(
        string description, string category = "product_quality", string demand = "repair", string? emotion = null, double? confidence = null, string? tier = null) =>
        new("C20260302-0001", "webchat", description, category, demand, Emotion: emotion, EmotionConfidence: confidence, CustomerTier: tier);

    [Theory]
    [InlineData("空调插上电就冒烟了，吓死人", "冒烟")]
    [InlineData("热水器漏电，手碰到有麻的感觉", "漏电")]
    [InlineData("The charger sparks when I plug it in", "sparks")]
    [InlineData("There was SMOKE coming out of the back", "smoke")]
    [InlineData("ｓｍｏｋｅ from the fan (typed full-width)", "smoke")]
    [InlineData("I got an electric shock from the handle.", "shock")]
    public void A_safety_word_makes_the_complaint_urgent_and_at_least_level_2(string description, string word)
    {
        var grade = Grader.Grade(Complaint(description), 0);

        Assert.Equal(Urgency.Urgent, grade.Urgency);
        Assert.True(grade.Level >= 2, $"level {grade.Level}");
        Assert.Contains(grade.Reasons, r => r.StartsWith("safety", StringComparison.Ordinal) && r.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("My firewall settings are confusing, how do I change them?")]
    [InlineData("The app keeps shocking me with ads")]
    public void Latin_safety_words_only_match_whole_words(string description)
    {
        var grade = Grader.Grade(Complaint(description, "usage_question", "how_to"), 0);

        Assert.Equal(Urgency.General, grade.Urgency);
        Assert.Equal(1, grade.Level);
    }

    [Fact]
    public void Threatening_to_go_to_the_media_is_a_major_level_3_complaint()
    {
        var grade = Grader.Grade(Complaint("再不处理我就找媒体曝光你们"), 0);

        Assert.Equal(Urgency.Urgent, grade.Urgency);
        Assert.Equal(3, grade.Level);
    }

    [Theory]
    [InlineData(0.92, Urgency.Urgent)]
    [InlineData(0.80, Urgency.Urgent)]
    [InlineData(0.79, Urgency.General)]
    public void Strong_anger_is_urgent_only_above_the_confidence_threshold(double confidence, Urgency expected)
    {
        var grade = Grader.Grade(Complaint("修了三次还是坏", emotion: "angry", confidence: confidence), 0);

        Assert.Equal(expected, grade.Urgency);
    }

    [Theory]
    [InlineData(0, Urgency.General)]
    [InlineData(1, Urgency.General)]
    [InlineData(2, Urgency.Urgent)]
    public void Repeated_complaints_within_the_window_become_urgent(int earlier, Urgency expected)
    {
        Assert.Equal(expected, Grader.Grade(Complaint("洗衣机不脱水"), earlier).Urgency);
    }

    [Fact]
    public void A_vip_customer_gets_urgent_handling()
    {
        var grade = Grader.Grade(Complaint("screen flickers", tier: "vip"), 0);

        Assert.Equal(Urgency.Urgent, grade.Urgency);
        Assert.Contains("customer_tier: vip", grade.Reasons);
    }

    [Theory]
    [InlineData("product_quality", "replacement", "complex: demand replacement")]
    [InlineData("logistics_delay", "repair", "complex: cross-department")]
    public void Replacement_and_cross_department_work_is_complex(string category, string demand, string reason)
    {
        var grade = Grader.Grade(Complaint("needs to go back to the factory", category, demand), 0);

        Assert.Equal(Urgency.Complex, grade.Urgency);
        Assert.Contains(reason, grade.Reasons);
    }

    [Fact]
    public void Urgent_beats_complex_when_both_match()
    {
        var grade = Grader.Grade(Complaint("冰箱后面冒烟，要求换新", demand: "replacement"), 0);

        Assert.Equal(Urgency.Urgent, grade.Urgency);
        Assert.Equal(2, grade.Level);
    }

    [Fact]
    public void A_plain_how_to_question_is_general_level_1_with_the_default_reason()
    {
        var grade = Grader.Grade(Complaint("遥控器怎么设置定时关机？", "usage_question", "how_to", "calm", 0.9), 0);

        Assert.Equal(Urgency.General, grade.Urgency);
        Assert.Equal(1, grade.Level);
        Assert.Equal(["default: general"], grade.Reasons);
        Assert.False(grade.IsOverridden);
    }
}
