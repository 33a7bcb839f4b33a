using System.CommandLine;
using AfterSalesBot.Cli.Commands;

// The `aftersales` command: one subcommand per file under Commands/.
var root = new RootCommand("AfterSalesBot: surveys, complaints and text analysis from the command line.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
