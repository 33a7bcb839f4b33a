using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Surveys;

/// <summary>
/// Checks at start that <c>Surveys:Directory</c> holds valid definitions and that <c>Surveys:DefaultSurveyId</c>
/// is one of them. Failures stop the start with every message (file and question named); warnings are logged.
/// </summary>
internal sealed partial class SurveyDefinitionsValidation(IHostEnvironment environment, ILogger<SurveyDefinitionsValidation> logger)
    : IValidateOptions<SurveyEngineOptions>
{
    /// <summary>
    /// The survey folder: an absolute path as given; a relative one under the content root when it exists there
    /// (a folder you edit beside the service), else under the application folder, where the build copies the
    /// repository's <c>surveys/</c>.
    /// </summary>
    public static string FullPath(SurveyEngineOptions options, IHostEnvironment environment)
    {
        var underContentRoot = Path.GetFullPath(options.Directory, environment.ContentRootPath);
        return Directory.Exists(underContentRoot) ? underContentRoot : Path.GetFullPath(options.Directory, AppContext.BaseDirectory);
    }

    public ValidateOptionsResult Validate(string? name, SurveyEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var (catalog, issues) = SurveyCatalog.LoadDirectory(FullPath(options, environment));
            foreach (var warning in issues.Where(i => i.Severity == SurveyIssueSeverity.Warning))
            {
                LogWarning(logger, warning.ToString());
            }

            return catalog.FindLatest(options.DefaultSurveyId) is null
                ? ValidateOptionsResult.Fail($"Surveys:DefaultSurveyId is '{options.DefaultSurveyId}', which is none of the loaded surveys ({string.Join(", ", catalog.Latest.Select(s => s.Id))})")
                : ValidateOptionsResult.Success;
        }
        catch (SurveyCatalogException e)
        {
            return ValidateOptionsResult.Fail(e.Problems);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Survey definition: {Warning}")]
    private static partial void LogWarning(ILogger logger, string warning);
}
