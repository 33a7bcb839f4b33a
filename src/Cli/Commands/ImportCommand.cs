using System.CommandLine;

namespace AfterSalesBot.Cli.Commands;

/// <summary>`aftersales import comments|service-events FILE.csv`: data from other systems.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Import data from other systems: feedback to tag and report, completed services to survey.");
        command.Subcommands.Add(ImportCommentsCommand.Create());
        command.Subcommands.Add(ImportServiceEventsCommand.Create());
        return command;
    }
}
