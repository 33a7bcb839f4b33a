using Microsoft.Data.Sqlite;

namespace AfterSalesBot.Bot.Tests.Channels.Support;

/// <summary>
/// A fresh SQLite file in a temp folder, migrated by the service itself at start. It outlives a host, so a
/// second host on the same file is a service restart.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "aftersales-channel-tests"));
        FilePath = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.db");
    }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    /// <summary>How many transcript entries exist (0 when the schema is not there yet).</summary>
    public long TranscriptRows() => Count("transcript");

    public long ConversationRows() => Count("conversations");

    /// <summary>Every stored activity's JSON, for "this never reached the transcript" assertions.</summary>
    public IReadOnlyList<string> StoredActivities()
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT activity FROM transcript ORDER BY conversation_pk, sequence";
        using var reader = command.ExecuteReader();
        var activities = new List<string>();
        while (reader.Read())
        {
            activities.Add(reader.GetString(0));
        }

        return activities;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { FilePath, FilePath + "-wal", FilePath + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private long Count(string table)
    {
        if (!File.Exists(FilePath))
        {
            return 0;
        }

        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
