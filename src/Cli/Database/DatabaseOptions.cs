using System.CommandLine;
using System.Data.Common;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Migrations;
using Microsoft.Extensions.Configuration;

namespace AfterSalesBot.Cli.Database;

/// <summary>
/// The options every database command takes (--provider, --connection, --config-dir), resolved against the
/// same configuration the service reads: appsettings.json (+ appsettings.{Environment}.json) and AFTERSALES-style
/// environment variables such as Storage__Provider. Command-line values win.
/// </summary>
internal sealed class DatabaseOptions
{
    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "Storage provider: sqlite or postgres (default: Storage:Provider from the service configuration, else sqlite).",
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "ADO.NET connection string (default: Storage:ConnectionString from the service configuration).",
    };

    public Option<DirectoryInfo?> ConfigDir { get; } = new("--config-dir")
    {
        Description = "Folder holding the service's appsettings.json; relative SQLite paths resolve against it (default: src/Bot when run from the repository root, else the current folder).",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
        command.Options.Add(ConfigDir);
    }

    /// <summary>The effective settings and the folder relative paths resolve against.</summary>
    public (StorageOptions Options, string BaseDirectory) Resolve(ParseResult parseResult)
    {
        var baseDirectory = parseResult.GetValue(ConfigDir)?.FullName ?? DefaultConfigDirectory();
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(baseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new StorageOptions();
        configuration.GetSection(StorageOptions.SectionName).Bind(options);
        if (parseResult.GetValue(Provider) is { } provider)
        {
            options.Provider = provider;
            if (parseResult.GetValue(Connection) is null)
            {
                // A provider given alone must not inherit the other provider's connection string.
                options.ConnectionString = null;
            }
        }

        if (parseResult.GetValue(Connection) is { } connection)
        {
            options.ConnectionString = connection;
        }

        return (options, baseDirectory);
    }

    /// <summary>
    /// Resolves and checks the settings, opens the database, runs <paramref name="body"/> and closes the database again.
    /// Invalid settings print one line per problem (exit code 2); a database error prints
    /// "{provider}: {failure}{message}" (exit code 4) instead of a stack trace.
    /// </summary>
    public async Task<int> RunAsync(ParseResult parseResult, string failure, Func<SqlDialect, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (options, baseDirectory) = Resolve(parseResult);
        var errors = StorageOptionsValidator.Validate(options);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
            }

            return 2;
        }

        var dialect = SqlDialectFactory.Create(options, baseDirectory);
        try
        {
            return await body(dialect).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            await Console.Error.WriteLineAsync($"{dialect.Name}: {failure}{ex.Message}").ConfigureAwait(false);
            return 4;
        }
        finally
        {
            if (dialect is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// As <see cref="RunAsync"/>, after applying pending migrations, for commands that write to tables a fresh database
    /// would not have yet (keys, users, imports).
    /// </summary>
    public Task<int> RunMigratedAsync(ParseResult parseResult, string failure, Func<SqlDialect, Task<int>> body, CancellationToken cancellationToken) =>
        RunAsync(parseResult, failure, async dialect =>
        {
            await new MigrationRunner(dialect, EmbeddedMigrationSource.Instance, TimeProvider.System).ApplyAsync(null, cancellationToken).ConfigureAwait(false);
            return await body(dialect).ConfigureAwait(false);
        });

    private static string DefaultConfigDirectory()
    {
        var current = Directory.GetCurrentDirectory();
        var serviceFolder = Path.Combine(current, "src", "Bot");
        return File.Exists(Path.Combine(serviceFolder, "appsettings.json")) ? serviceFolder : current;
    }
}
