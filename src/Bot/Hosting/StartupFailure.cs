using System.Data.Common;
using AfterSalesBot.Storage.Migrations;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Hosting;

/// <summary>
/// Runs the host and turns the failures a person can fix (a wrong setting, an unreachable or edited database)
/// into one plain message and exit code 1, instead of a crash with a stack trace.
/// </summary>
public static class StartupFailure
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"AfterSalesBot cannot start: invalid settings:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", ex.Failures)}").ConfigureAwait(false);
        }
        catch (MigrationChecksumMismatchException ex)
        {
            await Console.Error.WriteLineAsync($"AfterSalesBot cannot start: {ex.Message}").ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            await Console.Error.WriteLineAsync($"AfterSalesBot cannot start: the database (Storage:ConnectionString) cannot be used: {ex.Message}").ConfigureAwait(false);
        }

        return 1;
    }
}
