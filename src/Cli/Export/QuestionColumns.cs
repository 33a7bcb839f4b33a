using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Cli.Export;

/// <summary>
/// Which question columns an export has: every question of the exported surveys' definitions in survey order,
/// then any question id found in the answers but in no definition (an older version's question), in order of appearance.
/// </summary>
internal static class QuestionColumns
{
    public static IReadOnlyList<string> For(IReadOnlyList<SurveyResponse> responses, IReadOnlyList<SurveyDefinition> definitions, string? surveyId)
    {
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var exported = responses.Select(r => r.SurveyId).Append(surveyId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var definition in definitions.Where(d => exported.Contains(d.Id)).OrderBy(d => d.Id, StringComparer.Ordinal).ThenByDescending(d => d.Version))
        {
            foreach (var question in definition.Questions)
            {
                if (seen.Add(question.Id))
                {
                    columns.Add(question.Id);
                }
            }
        }

        foreach (var answer in responses.SelectMany(r => r.Answers))
        {
            if (seen.Add(answer.QuestionId))
            {
                columns.Add(answer.QuestionId);
            }
        }

        return columns;
    }
}
