namespace AfterSalesBot.Bot.Tests.Channels.Support;

/// <summary>Finds folders of the repository from the test output directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>tests/Bot.Tests/js, where the npm clients the tests drive are installed (./test.sh runs npm ci there).</summary>
    public static string JsClients => Path.Combine(Root, "tests", "Bot.Tests", "js");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AfterSalesBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AfterSalesBot.sln above {AppContext.BaseDirectory}.");
    }
}
