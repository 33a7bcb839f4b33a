namespace AfterSalesBot.Storage.Migrations;

/// <summary>Migration files read from {root}/{dialect}/NNNN_name.sql (used by tests and by `aftersales migrate --dir`).</summary>
public sealed class DirectoryMigrationSource(string root) : IMigrationSource
{
    public IReadOnlyList<Migration> Load(string dialect)
    {
        var folder = Path.Combine(root, dialect);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Migration folder '{folder}' does not exist.");
        }

        return MigrationOrder.Sort(Directory.EnumerateFiles(folder, "*.sql")
            .Select(file => new Migration(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)))
            .ToList());
    }
}
