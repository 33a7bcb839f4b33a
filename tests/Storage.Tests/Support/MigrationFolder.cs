using AfterSalesBot.Storage.Migrations;

namespace AfterSalesBot.Storage.Tests.Support;

/// <summary>A temp copy of the real migration files, which a test may edit or extend.</summary>
public sealed class MigrationFolder : IDisposable
{
    private readonly string _dialect;

    private MigrationFolder(string dialect)
    {
        _dialect = dialect;
        Root = Path.Combine(Path.GetTempPath(), "aftersales-migrations", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, dialect));
    }

    public string Root { get; }

    public static MigrationFolder CopyOf(string dialect)
    {
        var folder = new MigrationFolder(dialect);
        foreach (var migration in EmbeddedMigrationSource.Instance.Load(dialect))
        {
            folder.Add(migration.Name, migration.Sql);
        }

        return folder;
    }

    public string FileOf(string name) => Path.Combine(Root, _dialect, name + ".sql");

    public void Add(string name, string sql) => File.WriteAllText(FileOf(name), sql);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
