namespace AfterSalesBot.Storage;

/// <summary>
/// Where and how data is stored (configuration section "Storage"). The defaults give an embedded
/// SQLite database under data/, so the service runs on a bare machine.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string SqliteProvider = "sqlite";

    public const string PostgresProvider = "postgres";

    /// <summary>The default SQLite file, relative to the content root (the service) or the working directory (the CLI).</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/aftersales.db";

    /// <summary>"sqlite" (embedded default) or "postgres".</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>An ADO.NET connection string for the provider; empty means the provider's default (SQLite only).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the service starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>How long to wait for the database when migrating at start, in seconds.</summary>
    public int CommandTimeoutSeconds { get; set; } = 30;
}
