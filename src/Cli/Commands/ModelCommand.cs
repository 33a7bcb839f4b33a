using System.CommandLine;
using System.Globalization;
using AfterSalesBot.Cli.Database;
using AfterSalesBot.Storage.Stores;

namespace AfterSalesBot.Cli.Commands;

/// <summary><c>aftersales model list|rollback</c>: the history of models trained from analyst labels, and rollback.</summary>
internal static class ModelCommand
{
    public static Command Create()
    {
        var command = new Command("model", "Classifier models trained with `train --from-db`: history and rollback.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Rollback());
        return command;
    }

    private static Command List()
    {
        var database = new DatabaseOptions();
        var task = new Option<string?>("--task") { Description = "Only this task (category, sentiment, emotion)." };
        var command = new Command("list", "Model history, newest first: status, both validation scores, who, when.") { task };
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => database.RunAsync(parse, "cannot list models: ", async dialect =>
        {
            var models = await new SqlClassifierModelStore(dialect).ListAsync(parse.GetValue(task), cancellationToken).ConfigureAwait(false);
            Console.WriteLine("id\ttask\tversion\tstatus\tmacro_f1\tbaseline\tbaseline_macro_f1\tlabels\tcreated_by\tcreated_at\tpromoted_at");
            foreach (var m in models)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{m.Id}\t{m.Task}\t{m.Version}\t{m.Status}\t{m.MacroF1:F4}\t{m.BaselineVersion}\t{m.BaselineMacroF1:F4}\t{m.LabelRows}\t{m.CreatedBy}\t{m.CreatedAt:u}\t{m.PromotedAt:u}"));
            }

            return 0;
        }));
        return command;
    }

    private static Command Rollback()
    {
        var database = new DatabaseOptions();
        var task = new Option<string>("--task") { Description = "category, sentiment or emotion.", Required = true };
        var to = new Option<string?>("--to") { Description = "Version to restore (default: the model promoted before the current one; none left = the shipped model)." };
        var command = new Command("rollback", "Retire the promoted model and put the previous one (or --to VERSION) back in use.") { task, to };
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => database.RunAsync(parse, "cannot roll back: ", async dialect =>
        {
            try
            {
                var restored = await new SqlClassifierModelStore(dialect).RollbackAsync(parse.GetValue(task)!, parse.GetValue(to), TimeProvider.System.GetUtcNow(), cancellationToken)
                    .ConfigureAwait(false);
                Console.WriteLine(restored is null
                    ? $"rolled back: {parse.GetValue(task)} now uses the shipped model"
                    : $"rolled back: {parse.GetValue(task)} now uses {restored.Version} (id {restored.Id})");
                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return 1;
            }
        }));
        return command;
    }
}
