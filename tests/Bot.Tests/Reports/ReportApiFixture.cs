using System.Net.Http.Headers;
using AfterSalesBot.Bot.Tests.Hosting;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Domain.Security;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Reports;

/// <summary>
/// One host on a fresh SQLite file with API keys for every role and a small set of responses to the default survey:
/// three responses in March 2026, comments with personal data in them.
/// </summary>
public sealed class ReportApiFixture : IAsyncLifetime
{
    public const string Survey = "aftersales-default";
    public const string PhoneComment = "王小明先生态度差，回电13800138000，邮箱wang@example.com";

    public BotHostFactory Host { get; } = new(new Dictionary<string, string?> { ["Reports:PseudonymKey"] = "a-test-key-of-some-length" });

    public Dictionary<string, string> Keys { get; } = [];

    public HttpClient ClientFor(string? role)
    {
        var client = Host.CreateClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[role]);
        }

        return client;
    }

    public async Task InitializeAsync()
    {
        _ = Host.CreateClient();
        var services = Host.Services;
        var keys = services.GetRequiredService<IApiKeyStore>();
        foreach (var role in Roles.All)
        {
            var key = ApiKeys.Generate();
            await keys.AddAsync(role + "-key", role, ApiKeys.Hash(key), Host.Clock.GetUtcNow(), CancellationToken.None);
            Keys[role] = key;
        }

        var dialect = services.GetRequiredService<SqlDialect>();
        var responses = new SqlSurveyResponseStore(dialect, Host.Clock);
        var comments = new SqlCommentStore(dialect);
        var start = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        (int Speed, int Resolution, string Staff, string Category, string Sentiment, string Text)[] rows =
        [
            (5, 4, "S01", "praise", "positive", "师傅很专业，很快修好了"),
            (2, 2, "S02", "service_attitude", "negative", PhoneComment),
            (3, 1, "S02", "unresolved", "negative", "contacted several times, still not solved. Ms. Wang promised a call"),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            var (speed, resolution, staff, category, sentiment, text) = rows[i];
            var id = Guid.NewGuid();
            var at = start.AddDays(i);
            await responses.StartResponseAsync(new SurveyResponseStart(id, Survey, 1, null, null, "webchat", "zh-CN", at), CancellationToken.None);
            await responses.RecordAnswerAsync(new AnswerRecord(id, "staff", AnswerValue.FromText(staff), staff, at), CancellationToken.None);
            await responses.RecordAnswerAsync(new AnswerRecord(id, "speed", AnswerValue.FromNumber(speed), null, at), CancellationToken.None);
            await responses.RecordAnswerAsync(new AnswerRecord(id, "resolution", AnswerValue.FromNumber(resolution), null, at), CancellationToken.None);
            var answer = await responses.RecordAnswerAsync(new AnswerRecord(id, "leastSatisfied", AnswerValue.FromText(text), text, at), CancellationToken.None);
            await comments.RecordCommentAsync(answer, text, new CommentTags(category, [category], 0.5 + (i * 0.1), sentiment, 0, "calm", 0.5, "m1"), at, CancellationToken.None);
            await responses.FinishResponseAsync(id, ResponseStatus.Completed, at.AddMinutes(3), CancellationToken.None);
        }

        await services.GetRequiredService<IReportStore>().CatchUpAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
