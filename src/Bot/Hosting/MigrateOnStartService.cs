using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Migrations;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Hosting;

/// <summary>
/// Applies pending migrations before the service takes traffic (unless Storage:MigrateOnStart is false).
/// A failure stops the start: running on a half-migrated schema would corrupt data.
/// </summary>
internal sealed partial class MigrateOnStartService(
    MigrationRunner runner,
    IOptions<StorageOptions> options,
    ILogger<MigrateOnStartService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            LogSkipped(logger);
            return;
        }

        var applied = await runner.ApplyAsync(new Progress<string>(message => LogProgress(logger, message)), cancellationToken).ConfigureAwait(false);
        LogDone(logger, options.Value.Provider, applied.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage:MigrateOnStart is false; not applying migrations.")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrations: {Message}")]
    private static partial void LogProgress(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date; {Applied} migration(s) applied at start.")]
    private static partial void LogDone(ILogger logger, string provider, int applied);
}
