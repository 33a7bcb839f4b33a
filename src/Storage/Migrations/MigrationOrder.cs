using System.Text.RegularExpressions;

namespace AfterSalesBot.Storage.Migrations;

/// <summary>Checks migration names (NNNN_name) and orders them by number.</summary>
internal static partial class MigrationOrder
{
    public static IReadOnlyList<Migration> Sort(List<Migration> migrations)
    {
        foreach (var migration in migrations)
        {
            if (!NamePattern().IsMatch(migration.Name))
            {
                throw new InvalidOperationException($"Migration file '{migration.Name}.sql' must be named NNNN_name.sql (four digits, an underscore, lower-case words).");
            }
        }

        var duplicate = migrations.GroupBy(m => m.Name[..4], StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migration files share the number {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }

        migrations.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return migrations;
    }

    [GeneratedRegex("^[0-9]{4}_[a-z0-9_]+$")]
    private static partial Regex NamePattern();
}
