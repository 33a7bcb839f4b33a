using System.CommandLine;

namespace AfterSalesBot.Cli.Commands;

/// <summary>Every top-level `aftersales` command, in the order `--help` lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return MigrateCommand.Create();
        yield return RecognizeCommand.Create();
        yield return TrainCommand.Create();
        yield return EvalCommand.Create();
        yield return TagCommand.Create();
        yield return SurveyCommand.Create();
        yield return ExportCommand.Create();
        yield return ApiKeyCommand.Create();
        yield return UserCommand.Create();
        yield return ReportsCommand.Create();
        yield return DemoCommand.Create();
        yield return ImportCommand.Create();
    }
}
