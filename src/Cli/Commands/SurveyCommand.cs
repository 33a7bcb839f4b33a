using System.CommandLine;
using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Cli.Commands;

/// <summary><c>aftersales survey validate FILE</c>: checks a survey definition the way the service does at start.</summary>
internal static class SurveyCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A survey definition (JSON), e.g. surveys/aftersales-default.json" };
        var validate = new Command("validate", "Check a survey definition: shape, meaning, and the domain's length guidance.");
        validate.Arguments.Add(file);
        validate.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            var read = await SurveyDefinitionReader.ReadFileAsync(path.FullName, cancellationToken).ConfigureAwait(false);
            foreach (var issue in read.Issues)
            {
                var writer = issue.Severity == SurveyIssueSeverity.Error ? Console.Error : Console.Out;
                await writer.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
            }

            if (read.Survey is not { } survey)
            {
                await Console.Error.WriteLineAsync($"{path.FullName}: invalid ({read.Issues.Count(i => i.Severity == SurveyIssueSeverity.Error)} errors)").ConfigureAwait(false);
                return 1;
            }

            var minutes = survey.Questions.Sum(q => q.EstimateSeconds()) / 60.0;
            await Console.Out.WriteLineAsync(
                $"{path.FullName}: valid: survey '{survey.Id}' version {survey.Version}, {survey.Questions.Count} questions, about {minutes:0.#} minutes, languages {string.Join(", ", survey.Languages)}").ConfigureAwait(false);
            return 0;
        });

        var command = new Command("survey", "Survey definitions.");
        command.Subcommands.Add(validate);
        return command;
    }
}
