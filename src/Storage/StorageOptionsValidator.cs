using Microsoft.Data.Sqlite;
using Npgsql;

namespace AfterSalesBot.Storage;

/// <summary>Checks storage settings and names the offending key in every message.</summary>
public static class StorageOptionsValidator
{
    /// <summary>Returns the problems with <paramref name="options"/>; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var provider = options.Provider?.Trim().ToLowerInvariant();
        if (provider is not (StorageOptions.SqliteProvider or StorageOptions.PostgresProvider))
        {
            errors.Add($"{StorageOptions.SectionName}:Provider must be 'sqlite' or 'postgres' (got '{options.Provider}').");
            return errors;
        }

        if (provider == StorageOptions.PostgresProvider && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add($"{StorageOptions.SectionName}:ConnectionString is required when {StorageOptions.SectionName}:Provider is 'postgres' (e.g. 'Host=localhost;Username=aftersales;Password=...;Database=aftersales').");
        }
        else if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            try
            {
                if (provider == StorageOptions.PostgresProvider)
                {
                    var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
                    if (string.IsNullOrWhiteSpace(builder.Host))
                    {
                        errors.Add($"{StorageOptions.SectionName}:ConnectionString has no Host.");
                    }
                }
                else
                {
                    var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
                    if (string.IsNullOrWhiteSpace(builder.DataSource))
                    {
                        errors.Add($"{StorageOptions.SectionName}:ConnectionString has no Data Source.");
                    }
                }
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                errors.Add($"{StorageOptions.SectionName}:ConnectionString is not a valid {provider} connection string: {ex.Message}");
            }
        }

        if (options.CommandTimeoutSeconds is < 1 or > 3600)
        {
            errors.Add($"{StorageOptions.SectionName}:CommandTimeoutSeconds must be between 1 and 3600 (got {options.CommandTimeoutSeconds}).");
        }

        return errors;
    }
}
