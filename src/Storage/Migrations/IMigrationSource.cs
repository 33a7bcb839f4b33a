namespace AfterSalesBot.Storage.Migrations;

/// <summary>Where migration files come from (embedded in the build, or a folder).</summary>
public interface IMigrationSource
{
    /// <summary>The migrations for a dialect, ordered by name.</summary>
    IReadOnlyList<Migration> Load(string dialect);
}
