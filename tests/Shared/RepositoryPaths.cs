namespace AfterSalesBot.Tests;

/// <summary>Finds the repository root and the shared/ folder beside it (public data for measuring, never copied into the repo).</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding AfterSalesBot.sln.</summary>
    public static string Root { get; } = FindUp(AppContext.BaseDirectory, dir => File.Exists(Path.Combine(dir, "AfterSalesBot.sln")))
        ?? throw new InvalidOperationException($"AfterSalesBot.sln not found above {AppContext.BaseDirectory}.");

    /// <summary>
    /// shared/data (public labelled sets and Recognizers-Text specs), found by walking up from the repository root.
    /// Throws with an actionable message when it is missing.
    /// </summary>
    public static string SharedData
    {
        get
        {
            var found = FindUp(Root, dir => Directory.Exists(Path.Combine(dir, "shared", "data")));
            return found is null
                ? throw new InvalidOperationException($"shared/data was not found beside or above {Root}. Tests that measure against public data need the shared/ folder next to the repository (CI provides it).")
                : Path.Combine(found, "shared", "data");
        }
    }

    private static string? FindUp(string start, Func<string, bool> match)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (match(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
