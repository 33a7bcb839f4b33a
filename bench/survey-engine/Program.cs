using Stopwatch = System.Diagnostics.Stopwatch;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Migrations;
using AfterSalesBot.Storage.Stores;

// Usage: dotnet run -c Release --project bench/survey-engine -- [sqlite|postgres CONNECTION] [--seconds 10] [--concurrency 32]
// 1. The engine alone (state document written and parsed every turn, as in production), one thread.
// 2. The engine through SurveyTurnRunner on real storage (one commit per turn), N concurrent conversations.
// The answers are those of shared/bench/drive-survey.js, so the numbers compare with the HTTP benchmark.
var provider = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "sqlite";
var connection = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
var seconds = Option("--seconds", 10);
var concurrency = Option("--concurrency", 32);
string[] zh = ["你好", "个人客户", "格力空调 KFR-35GW", "跳过", "4", "2", "5", "3", "4", "上门太慢了，等了三天才有人来", "希望缩短上门时间，提前告知延迟原因", "是"];

var root = FindRoot();
var (catalog, _) = SurveyCatalog.LoadDirectory(Path.Combine(root, "surveys"));
var engine = new SurveyEngine(catalog, new RecognizerAnswerInterpreter(), new NoCommentTagger(), new SurveyEngineOptions());

// 1. Engine alone.
var turns = 0L;
var watch = Stopwatch.StartNew();
for (var conversation = 0; watch.Elapsed.TotalSeconds < seconds; conversation++)
{
    string? document = null;
    var reference = new ConversationRef("bench", $"c{conversation}");
    foreach (var text in zh)
    {
        var state = document is null ? null : ConversationStateJson.Parse(document);
        var result = engine.Run(new SurveyTurnRequest(state, Message(reference, text), reference, "zh-CN", DateTimeOffset.UnixEpoch.AddDays(20000)));
        document = ConversationStateJson.Write(result.State);
        foreach (var reply in result.Replies)
        {
            _ = ActivityJson.Serialize(reply);
        }

        turns++;
    }
}

Console.WriteLine($"engine alone (1 thread): {turns / watch.Elapsed.TotalSeconds:0} turns/s, {watch.Elapsed.TotalMilliseconds * 1000 / turns:0.0} µs/turn");

// 2. Engine + storage.
var temp = Directory.CreateTempSubdirectory("aftersales-engine-bench-");
var options = new StorageOptions
{
    Provider = provider,
    ConnectionString = connection ?? $"Data Source={Path.Combine(temp.FullName, "bench.db")}",
};
var dialect = SqlDialectFactory.Create(options, temp.FullName);
await new MigrationRunner(dialect, EmbeddedMigrationSource.Instance, TimeProvider.System).ApplyAsync(null, CancellationToken.None);
var runner = new SurveyTurnRunner(engine, new SqlConversationStore(dialect, TimeProvider.System), new SqlTurnStore(dialect, TimeProvider.System), TimeProvider.System);
var latencies = new List<double>();
var stop = Stopwatch.StartNew();
var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
{
    var mine = new List<double>();
    for (var n = 0; stop.Elapsed.TotalSeconds < seconds; n++)
    {
        var reference = new ConversationRef("bench", $"w{worker}-{n}-{Environment.ProcessId}");
        var sequence = 0;
        foreach (var text in zh)
        {
            var activity = Message(reference, text);
            activity.Id = $"{reference.ConversationId}-{sequence++}";
            var t0 = Stopwatch.GetTimestamp();
            await runner.RunAsync(reference, activity, "zh-CN", new InboundActivity(ActivityJson.Serialize(activity), activity.Id), reply => reply, CancellationToken.None);
            mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
    }

    lock (latencies)
    {
        latencies.AddRange(mine);
    }
})).ToArray();
await Task.WhenAll(workers);
latencies.Sort();
Console.WriteLine($"engine + {dialect.Name} ({concurrency} concurrent): {latencies.Count / stop.Elapsed.TotalSeconds:0} turns/s, p50 {latencies[latencies.Count / 2]:0.00} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.00} ms");
if (dialect is IAsyncDisposable disposable)
{
    await disposable.DisposeAsync();
}

temp.Delete(recursive: true);
return;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

static Activity Message(ConversationRef conversation, string text) => new()
{
    Type = ActivityTypes.Message,
    ChannelId = conversation.ChannelId,
    Conversation = new ConversationAccount { Id = conversation.ConversationId },
    From = new ChannelAccount { Id = "user", Role = RoleTypes.User },
    Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
    Locale = "zh-CN",
    Text = text,
};

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "AfterSalesBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("AfterSalesBot.sln not found above the benchmark.");
}
