using AfterSalesBot.Domain.Reports;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Changes to the aggregate cells gathered in memory for a batch of responses: + new contribution − old.</summary>
internal sealed class ReportDeltas
{
    public Dictionary<CellKey, (long Responses, long Completed, long Flagged)> Responses { get; } = [];

    public Dictionary<(CellKey Key, string QuestionId), (long Answers, double Total, long TopTwo, long Low, long Promoters, long Detractors)> Questions { get; } = [];

    public Dictionary<(CellKey Key, string Category, string Sentiment), long> Categories { get; } = [];

    public void Add(ReportContribution contribution, int sign)
    {
        var key = contribution.Key;
        var r = Responses.GetValueOrDefault(key);
        Responses[key] = (r.Responses + sign, r.Completed + (contribution.Completed ? sign : 0), r.Flagged + (contribution.Flagged ? sign : 0));
        foreach (var number in contribution.Numbers)
        {
            var v = number.Value;
            var q = Questions.GetValueOrDefault((key, number.QuestionId));
            Questions[(key, number.QuestionId)] = (
                q.Answers + sign,
                q.Total + (sign * v),
                q.TopTwo + (v >= 4 ? sign : 0),
                q.Low + (v < 3 ? sign : 0),
                q.Promoters + (v >= 9 ? sign : 0),
                q.Detractors + (v <= 6 ? sign : 0));
        }

        foreach (var tag in contribution.Tags)
        {
            Categories[(key, tag.Category, tag.Sentiment)] = Categories.GetValueOrDefault((key, tag.Category, tag.Sentiment)) + sign;
        }
    }
}
