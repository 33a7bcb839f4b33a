using AfterSalesBot.TextAnalysis.Classification.Corpus;

namespace AfterSalesBot.TextAnalysis.Tests.Classification;

/// <summary>Finds the repository and the public data sets (<c>shared/data</c>, beside the clone in CI) from the test assembly.</summary>
internal static class TestData
{
    public static string RepoRoot { get; } = FindUp(d => File.Exists(Path.Combine(d, "AfterSalesBot.sln")))
        ?? throw new InvalidOperationException($"No AfterSalesBot.sln above {AppContext.BaseDirectory}.");

    public static string SeedDirectory => Path.Combine(RepoRoot, "corpus", "seed");

    /// <summary>The public data sets; fails with an actionable message when they are not there.</summary>
    public static string SharedData()
    {
        var root = FindUp(d => Directory.Exists(Path.Combine(d, "shared", "data")));
        Assert.True(
            root is not null,
            $"The public data sets were not found: no folder 'shared/data' above {AppContext.BaseDirectory}. " +
            "Quality-floor tests need them (CI checks out shared/ beside the repository clone).");
        return Path.Combine(root!, "shared", "data");
    }

    /// <summary>A fixed, seeded split of a public set's dev.csv (capped at <paramref name="take"/> rows).</summary>
    public static (List<LabeledExample> Train, List<LabeledExample> Test) PublicSplit(string set, int take, double trainShare = 0.8)
    {
        var rows = LabeledCsv.Load(Path.Combine(SharedData(), set, "dev.csv")).ToArray();
        new Random(2024).Shuffle(rows);
        var sample = rows.Take(take).ToList();
        var cut = (int)(sample.Count * trainShare);
        return (sample[..cut], sample[cut..]);
    }

    /// <summary>Every fifth seed row (by a stable hash of its text) is held back from training for the quality floors.</summary>
    public static bool IsHeldBack(string text)
    {
        var h = 2166136261u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }

        return h % 5 == 0;
    }

    private static string? FindUp(Func<string, bool> match)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (match(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
