using System.Globalization;
using AfterSalesBot.Domain.Reports;

namespace AfterSalesBot.Storage.Exports;

/// <summary>Lays a <see cref="ReportDocument"/> and its comments out as tables, headers in English or Chinese.</summary>
public static class ReportTables
{
    /// <summary>Summary, dimensions, top problems, priorities, trends, cross-analysis, the monthly table, and the comments.</summary>
    public static IReadOnlyList<ReportTable> Of(ReportDocument report, IReadOnlyList<CommentRow> comments, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(options);
        string T(string en, string zh) => options.Chinese ? zh : en;
        var s = report.Summary;
        var p = report.PreviousPeriod;
        var f = report.Filter;
        var tables = new List<ReportTable>
        {
            new(T("Summary", "概览"), [T("Measure", "指标"), T("Value", "数值"), T("Previous period", "上一周期")],
            [
                [T("Survey", "问卷"), f.SurveyId, null],
                [T("From", "开始日期"), f.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null],
                [T("To (exclusive)", "结束日期（不含）"), f.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null],
                [T("Responses", "回收样本"), s.Responses, p?.Responses],
                [T("Completed", "完成"), s.Completed, p?.Completed],
                [T("Invitations", "发出邀请"), s.Invitations, p?.Invitations],
                [T("Response rate", "回收率"), s.ResponseRate, p?.ResponseRate],
                [T("Completion rate", "完成率"), s.CompletionRate, p?.CompletionRate],
                [T("Overall score", "总体得分"), s.Overall, p?.Overall],
                [T("CSAT %", "CSAT %"), s.Csat, p?.Csat],
                [T("NPS", "NPS"), s.Nps, p?.Nps],
                [T("Flagged (a score below 3)", "需专项分析（有低于 3 分）"), s.Flagged, p?.Flagged],
                [T("Comments", "评论数"), s.Comments, p?.Comments],
                [T("Core weakness", "核心短板"), s.CoreWeakness?.QuestionId, p?.CoreWeakness?.QuestionId],
            ]),
            new(T("Dimensions", "维度排名"), [T("Rank", "排名"), T("Question", "题目"), T("Mean", "平均分"), T("Count", "评分数"), T("Core weakness", "核心短板")],
                s.Dimensions.Select(d => (IReadOnlyList<object?>)[d.Rank, d.QuestionId, d.Mean, d.Count, d.IsCoreWeakness ? T("yes", "是") : string.Empty]).ToList()),
            new(T("Top problems", "核心问题"), [T("Category", "问题类别"), T("Count", "数量"), T("Share", "占比"), T("Key phrases", "关键词"), T("Typical comments", "典型评论")],
                report.TopProblems.Select(t => (IReadOnlyList<object?>)[
                    t.Score.Category, t.Score.Count, t.Score.Share, string.Join("; ", t.Phrases),
                    string.Join(" | ", t.Examples.Select(e => $"#{e.Id} {options.Mask(e.Text)}"))]).ToList()),
            new(T("Priorities", "改进优先级"), [T("Category", "问题类别"), T("Count", "数量"), T("Breadth (share)", "广度（占比）"), T("Severity (negative share)", "严重度（负面占比）"), T("Priority", "优先级")],
                s.Priorities.Select(x => (IReadOnlyList<object?>)[x.Category, x.Count, x.Share, x.Severity, x.Priority]).ToList()),
            Trend(T("Trend by week", "周趋势"), report.WeeklyTrend, T),
            Trend(T("Trend by month", "月趋势"), report.MonthlyTrend, T),
            new(T("Cross analysis", "交叉分析"), [T("By", "维度"), T("Value", "取值"), T("Responses", "样本"), T("Completed", "完成"), T("Overall", "总体得分"), T("CSAT %", "CSAT %"), T("NPS", "NPS")],
                report.Cross.SelectMany(c => c.Value.Select(r => (IReadOnlyList<object?>)[
                    c.Key.ToString(), c.Key == ReportAttribute.StaffId ? options.Staff(r.Value) : r.Value, r.Responses, r.Completed, r.Overall, r.Csat, r.Nps])).ToList()),
            new(T("Monthly", "月度监控总表"),
                [T("Month", "月份"), T("Team", "团队"), T("Service stage", "服务环节"), T("Channel", "渠道"), T("Customers served", "服务客户数"),
                 T("Avg response time (s)", "平均响应时长（秒）"), T("One-contact resolution %", "一次解决率 %"), T("Responses", "样本"),
                 T("Mean satisfaction", "平均满意度"), T("Frequent problems", "高频问题"), T("Major complaints", "重大投诉数"), T("Improvement owner", "改进负责人"), T("Deadline", "截止日期")],
                report.Monthly.Select(m => (IReadOnlyList<object?>)[
                    m.Month, m.Team, m.ServiceStage, m.Channel, m.CustomersServed, m.AverageResponseSeconds, m.OneContactResolutionRate, m.Responses,
                    m.MeanSatisfaction, string.Join("; ", m.FrequentProblems), m.MajorComplaints, m.ImprovementOwner, m.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]).ToList()),
            Comments(comments, options),
        };
        return tables;
    }

    /// <summary>The comment list as one table: one row per comment, with the response's ratings, the machine's tags and the analyst's labels.</summary>
    public static ReportTable Comments(IReadOnlyList<CommentRow> comments, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(options);
        string T(string en, string zh) => options.Chinese ? zh : en;
        var questions = comments.SelectMany(c => c.Ratings.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var header = new List<string>
        {
            T("Comment no.", "评论编号"), T("Response", "答卷"), T("Survey", "问卷"), T("Date", "日期"), T("Channel", "渠道"), T("Customer type", "客户类型"),
            T("Product", "产品"), T("Staff", "员工"), T("Comment (verbatim)", "评论原文"), T("Category", "问题类别"), T("Confidence", "置信度"),
            T("Sentiment", "情感"), T("Emotion", "情绪"), T("Model", "模型版本"), T("Label: category", "人工标注：类别"),
            T("Label: sentiment", "人工标注：情感"), T("Label: emotion", "人工标注：情绪"), T("Labelled by", "标注人"),
        };
        header.AddRange(questions);
        return new ReportTable(T("Comments", "评论明细"), header, comments.Select(c =>
        {
            var row = new List<object?>
            {
                c.Id, c.ResponseId.ToString(), c.SurveyId, c.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Channel, c.CustomerType,
                c.Product, options.Staff(c.StaffId), options.Mask(c.Text), c.Category, c.CategoryConfidence, c.Sentiment, c.Emotion, c.ModelVersion,
                c.LabelCategory, c.LabelSentiment, c.LabelEmotion, c.LabelledBy,
            };
            row.AddRange(questions.Select(q => c.Ratings.TryGetValue(q, out var v) ? (object?)v : null));
            return (IReadOnlyList<object?>)row;
        }).ToList());
    }

    private static ReportTable Trend(string name, IReadOnlyList<TrendPoint> points, Func<string, string, string> t) =>
        new(name, [t("Period start", "周期开始"), t("Responses", "样本"), t("Overall", "总体得分"), t("CSAT %", "CSAT %"), t("NPS", "NPS")],
            points.Select(x => (IReadOnlyList<object?>)[x.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), x.Responses, x.Overall, x.Csat, x.Nps]).ToList());
}
