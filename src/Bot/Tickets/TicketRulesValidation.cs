using AfterSalesBot.Domain.Tickets.Rules;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Tickets;

/// <summary>Loads the rules file during options validation, so a broken file stops the start with its errors and the key to fix.</summary>
internal sealed class TicketRulesValidation(IHostEnvironment environment) : IValidateOptions<TicketOptions>
{
    public ValidateOptionsResult Validate(string? name, TicketOptions options)
    {
        var failures = new List<string>();
        if (options.SlaClock.IntervalSeconds is < 1 or > 3600)
        {
            failures.Add($"Tickets:SlaClock:IntervalSeconds must be between 1 and 3600 (got {options.SlaClock.IntervalSeconds})");
        }

        try
        {
            TicketRulesLoader.LoadFile(ResolveRulesFile(options, environment));
        }
        catch (TicketRulesException ex)
        {
            failures.Add($"Tickets:RulesFile: {ex.Message}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static string ResolveRulesFile(TicketOptions options, IHostEnvironment environment)
    {
        if (Path.IsPathRooted(options.RulesFile))
        {
            return options.RulesFile;
        }

        var underContentRoot = Path.GetFullPath(options.RulesFile, environment.ContentRootPath);
        return File.Exists(underContentRoot) ? underContentRoot : Path.GetFullPath(options.RulesFile, AppContext.BaseDirectory);
    }
}
