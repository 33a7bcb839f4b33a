namespace AfterSalesBot.Storage.Migrations;

/// <summary>What a database has applied compared with the migration files of this build.</summary>
/// <param name="Pending">Files not applied yet, in order.</param>
/// <param name="Unknown">Migrations recorded in the database that this build does not have (a newer build migrated it).</param>
public sealed record MigrationStatus(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending, IReadOnlyList<string> Unknown)
{
    public bool UpToDate => Pending.Count == 0;
}
