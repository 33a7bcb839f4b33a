using System.Globalization;
using AfterSalesBot.Domain.Reports;

namespace AfterSalesBot.Bot.Reports;

/// <summary>Reads report and comment filters from the query string; anything unreadable is a 400 naming the parameter.</summary>
internal static class ReportQueryParser
{
    public static (ReportFilter? Filter, IResult? Problem) Filter(IQueryCollection query, bool surveyRequired = true)
    {
        var errors = new Dictionary<string, string[]>();
        var surveyId = Text(query, "surveyId", errors);
        if (surveyId is null && surveyRequired)
        {
            errors["surveyId"] = ["surveyId is required"];
        }

        var from = Date(query, "from", errors);
        var to = Date(query, "to", errors);
        if (from is not null && to is not null && from >= to)
        {
            errors["to"] = ["to must be after from (to is exclusive)"];
        }

        var filter = new ReportFilter(surveyId ?? string.Empty)
        {
            From = from,
            To = to,
            Channel = Text(query, "channel", errors),
            Locale = Text(query, "locale", errors),
            CustomerType = Text(query, "customerType", errors),
            Product = Text(query, "product", errors),
            StaffId = Text(query, "staffId", errors),
            Team = Text(query, "team", errors),
            ServiceStage = Text(query, "serviceStage", errors),
        };
        return errors.Count > 0 ? (null, Problem(errors)) : (filter, null);
    }

    public static (CommentQuery? Query, IResult? Problem) Comments(IQueryCollection query)
    {
        var (filter, problem) = Filter(query, surveyRequired: false);
        var errors = new Dictionary<string, string[]>();
        var rating = Number(query, "rating", 0, 10, errors);
        var maxRating = Number(query, "maxRating", 0, 10, errors);
        var maxConfidence = Number(query, "maxConfidence", 0, 1, errors);
        var offset = Number(query, "offset", 0, int.MaxValue, errors);
        var limit = Number(query, "limit", 1, 500, errors);
        var search = Text(query, "q", errors);
        var commentId = Number(query, "id", 1, long.MaxValue, errors);
        if (search is { Length: > 200 })
        {
            errors["q"] = ["q must be at most 200 characters"];
        }

        if (problem is not null || errors.Count > 0)
        {
            return (null, problem ?? Problem(errors));
        }

        var comments = ReportBuilder.CommentsOf(filter!) with
        {
            SurveyId = filter!.SurveyId.Length == 0 ? null : filter.SurveyId,
            Category = Text(query, "category", errors),
            Sentiment = Text(query, "sentiment", errors),
            Emotion = Text(query, "emotion", errors),
            Rating = rating is null ? null : (int)rating,
            MaxRating = maxRating is null ? null : (int)maxRating,
            MaxConfidence = maxConfidence,
            Search = search,
            Question = Text(query, "question", errors),
            CommentId = commentId is null ? null : (long)commentId,
            Source = Text(query, "source", errors),
            Flagged = query["flagged"].ToString() is "true" or "1",
            Offset = (int)(offset ?? 0),
            Limit = (int)(limit ?? 50),
        };
        return (comments, null);
    }

    public static IResult Problem(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The query has invalid parameters.");

    private static string? Text(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            errors[name] = [$"{name} may be given once"];
            return null;
        }

        var value = values.ToString();
        if (value.Length > 200)
        {
            errors[name] = [$"{name} must be at most 200 characters"];
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    private static DateOnly? Date(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        var text = Text(query, name, errors);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"{name} must be a date yyyy-MM-dd"];
        return null;
    }

    private static double? Number(IQueryCollection query, string name, double min, double max, Dictionary<string, string[]> errors)
    {
        var text = Text(query, name, errors);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}"];
        return null;
    }
}
