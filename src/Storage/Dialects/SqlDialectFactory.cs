using Npgsql;

namespace AfterSalesBot.Storage.Dialects;

/// <summary>Builds the dialect named by the storage settings.</summary>
public static class SqlDialectFactory
{
    /// <summary>
    /// Creates the dialect. A relative SQLite path is resolved against <paramref name="baseDirectory"/>
    /// and its folder is created, so the first run just works.
    /// </summary>
    public static SqlDialect Create(StorageOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = StorageOptionsValidator.Validate(options);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
        }

        if (string.Equals(options.Provider.Trim(), StorageOptions.PostgresProvider, StringComparison.OrdinalIgnoreCase))
        {
            var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
            // Every turn runs the same few statements: let Npgsql prepare them on the server after their second use
            // (parse and plan once per connection instead of per execution). An explicit setting wins.
            if (!options.ConnectionString!.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
                && !options.ConnectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
            {
                builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
            }

            return new PostgresDialect(builder.Build());
        }

        var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? StorageOptions.DefaultSqliteConnectionString
            : options.ConnectionString;
        var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (sqlite.DataSource != ":memory:" && !sqlite.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(sqlite.DataSource, baseDirectory);
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            sqlite.DataSource = path;
        }

        return new SqliteDialect(sqlite.ToString());
    }
}
