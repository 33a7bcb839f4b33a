using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Rules;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Migrations;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.TextAnalysis.Classification.Taxonomy;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace AfterSalesBot.Dialogs.Tests.Surveys.Support;

/// <summary>
/// The real survey engine on the real stores over a fresh, migrated SQLite file, with a fake clock.
/// "Restarting the service" builds a new engine and runner over the same database.
/// </summary>
public sealed class SurveyTestHost : IAsyncDisposable
{
    private readonly string _path;

    private SurveyTestHost(string path, SqlDialect dialect, SurveyEngineOptions options, ICommentTagger tagger, bool complaints)
    {
        _path = path;
        Dialect = dialect;
        Options = options;
        Tagger = tagger;
        Responses = new SqlSurveyResponseStore(dialect, Clock);
        Tickets = new TicketService(new SqlTicketStore(dialect), new TicketWorkflow(TicketRulesLoader.LoadFile(Path.Combine(RepositoryPaths.Root, "config", "ticket-rules.json"))), Clock);
        ComplaintDesk = complaints ? new ComplaintDesk(Tickets) : null;
        Runner = BuildRunner();
    }

    /// <summary>The ticket service over the same database (the intake opens tickets through it).</summary>
    public TicketService Tickets { get; }

    /// <summary>Set when the host runs with complaints in chat (<see cref="StartAsync"/> with <c>complaints: true</c>).</summary>
    public ComplaintDesk? ComplaintDesk { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    public SqlDialect Dialect { get; }

    public SurveyEngineOptions Options { get; }

    public ICommentTagger Tagger { get; }

    public ISurveyResponseStore Responses { get; }

    public SurveyTurnRunner Runner { get; private set; }

    public static SurveyCatalog ShippedSurveys { get; } = LoadShipped();

    public static async Task<SurveyTestHost> StartAsync(SurveyEngineOptions? options = null, ICommentTagger? tagger = null, bool complaints = false)
    {
        var path = Path.Combine(Path.GetTempPath(), "aftersales-dialog-tests", $"{Guid.NewGuid():N}.db");
        var dialect = SqlDialectFactory.Create(new StorageOptions { Provider = StorageOptions.SqliteProvider, ConnectionString = $"Data Source={path}" }, Path.GetTempPath());
        var host = new SurveyTestHost(path, dialect, options ?? new SurveyEngineOptions(), tagger ?? new RecordedCommentTagger(), complaints);
        await new MigrationRunner(dialect, EmbeddedMigrationSource.Instance, host.Clock).ApplyAsync(null, CancellationToken.None);
        return host;
    }

    /// <summary>A new engine and runner over the same database, as after a service restart: nothing survives but what was committed.</summary>
    public void Restart() => Runner = BuildRunner();

    public CustomerChat Chat(string conversationId, string locale = "zh-CN", ITestOutputHelper? output = null) =>
        new(this, conversationId, locale, output);

    /// <summary>The comment stored for an answer, with its sentiment tag (null when untagged), straight from the table.</summary>
    public async Task<(string Text, string? Sentiment)?> CommentForAsync(long answerId)
    {
        await using var connection = await Dialect.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT text, sentiment FROM comments WHERE answer_id = $id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$id";
        parameter.Value = answerId;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    public async ValueTask DisposeAsync()
    {
        if (Dialect is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private SurveyTurnRunner BuildRunner()
    {
        var engine = new SurveyEngine(ShippedSurveys, new RecognizerAnswerInterpreter(), Tagger, Options)
        {
            Complaints = ComplaintDesk is null ? null : ComplaintCatalog.FromTaxonomy(CategoryTaxonomy.Load(Path.Combine(RepositoryPaths.Root, "config", "categories.json"))),
        };
        return new SurveyTurnRunner(engine, new SqlConversationStore(Dialect, Clock), new SqlTurnStore(Dialect, Clock), Clock, ComplaintDesk);
    }

    /// <summary>The shipped surveys plus the test-only "all-kinds" survey (one question of every kind).</summary>
    private static SurveyCatalog LoadShipped()
    {
        var surveys = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "shipped-surveys"), "*.json")
            .Append(Path.Combine(AppContext.BaseDirectory, "Surveys", "Recorded", "all-kinds.json"))
            .Select(f => SurveyDefinitionReader.Read(File.ReadAllText(f), f).Survey ?? throw new InvalidOperationException($"{f} does not load"));
        return new SurveyCatalog(surveys);
    }
}
