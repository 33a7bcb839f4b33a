using System.Reflection;

namespace AfterSalesBot.Storage.Migrations;

/// <summary>
/// The files of db/migrations/{dialect}/ as embedded in this assembly at build time, so the service,
/// the CLI and the tests all apply exactly the same SQL.
/// </summary>
public sealed class EmbeddedMigrationSource : IMigrationSource
{
    public static EmbeddedMigrationSource Instance { get; } = new();

    public IReadOnlyList<Migration> Load(string dialect)
    {
        var assembly = typeof(EmbeddedMigrationSource).Assembly;
        var prefix = $"migrations/{dialect}/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            migrations.Add(new Migration(Path.GetFileNameWithoutExtension(resource[prefix.Length..]), Read(assembly, resource)));
        }

        return MigrationOrder.Sort(migrations);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration '{resource}' could not be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
