using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>
/// The validated survey definitions the service runs, by id (the highest version starts new responses; older
/// versions stay loadable so a conversation started on them can finish on them).
/// </summary>
public sealed class SurveyCatalog
{
    private readonly Dictionary<string, SortedList<int, SurveyDefinition>> _byId = new(StringComparer.Ordinal);

    public SurveyCatalog(IEnumerable<SurveyDefinition> surveys)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        foreach (var survey in surveys)
        {
            if (!_byId.TryGetValue(survey.Id, out var versions))
            {
                versions = [];
                _byId[survey.Id] = versions;
            }

            if (!versions.TryAdd(survey.Version, survey))
            {
                throw new SurveyCatalogException([$"{survey.Source}: survey '{survey.Id}' version {survey.Version} is also defined in {versions[survey.Version].Source}"]);
            }
        }
    }

    public IEnumerable<SurveyDefinition> Latest => _byId.Values.Select(v => v.Values[^1]);

    /// <summary>The newest version of <paramref name="surveyId"/>, or null.</summary>
    public SurveyDefinition? FindLatest(string surveyId) =>
        _byId.TryGetValue(surveyId, out var versions) ? versions.Values[^1] : null;

    /// <summary>That exact version, or null.</summary>
    public SurveyDefinition? Find(string surveyId, int version) =>
        _byId.TryGetValue(surveyId, out var versions) && versions.TryGetValue(version, out var survey) ? survey : null;

    /// <summary>Reads and validates every *.json in <paramref name="directory"/>; any error stops the load with every message.</summary>
    /// <exception cref="SurveyCatalogException">A definition has errors, or the folder holds none.</exception>
    public static (SurveyCatalog Catalog, IReadOnlyList<SurveyIssue> Warnings) LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new SurveyCatalogException([$"{directory}: the survey folder does not exist (setting Surveys:Directory)"]);
        }

        var surveys = new List<SurveyDefinition>();
        var issues = new List<SurveyIssue>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var read = SurveyDefinitionReader.Read(File.ReadAllText(file), file);
            issues.AddRange(read.Issues);
            if (read.Survey is not null)
            {
                surveys.Add(read.Survey);
            }
        }

        var errors = issues.Where(i => i.Severity == SurveyIssueSeverity.Error).Select(i => i.ToString()).ToList();
        if (errors.Count > 0)
        {
            throw new SurveyCatalogException(errors);
        }

        if (surveys.Count == 0)
        {
            throw new SurveyCatalogException([$"{directory}: no survey definitions (*.json) found"]);
        }

        return (new SurveyCatalog(surveys), issues);
    }
}
