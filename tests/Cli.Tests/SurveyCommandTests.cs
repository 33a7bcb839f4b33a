using AfterSalesBot.Cli.Tests.Support;

namespace AfterSalesBot.Cli.Tests;

public sealed class SurveyCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aftersales-survey-cli-").FullName;

    [Theory]
    [InlineData("aftersales-default.json", "survey 'aftersales-default' version 1, 11 questions")]
    [InlineData("aftersales-repair.json", "survey 'aftersales-repair' version 1, 8 questions")]
    public async Task Shipped_surveys_validate(string file, string summary)
    {
        var result = await CliRunner.RunAsync(_folder, "survey", "validate", Path.Combine(RepositoryPaths.Root, "surveys", file));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(summary, result.StdOut, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StdErr);
    }

    [Fact]
    public async Task A_broken_survey_fails_naming_the_file_and_the_question()
    {
        var path = Path.Combine(_folder, "broken.json");
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "surveys", "aftersales-default.json"))
            .Replace("\"question\": \"speed\"", "\"question\": \"sped\"", StringComparison.Ordinal);
        File.WriteAllText(path, json);

        var result = await CliRunner.RunAsync(_folder, "survey", "validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}: error: question 'callback': showIf: reads question 'sped', which does not exist", result.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
