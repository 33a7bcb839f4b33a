using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Invitations;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Domain.ServiceEvents;
using AfterSalesBot.Domain.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>A plan through the API: baseline from the stored answers, done → the same customers surveyed again, verified or failed on before vs after.</summary>
public sealed class ImprovementPlanApiTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(new[] { 4, 5, 4, 5, 5, 4, 5, 4 }, "verified", true)]
    [InlineData(new[] { 3, 4, 3, 3, 4, 3, 3, 4 }, "failed", false)]
    public async Task A_done_plan_is_verified_on_the_re_survey_of_the_same_customers_or_fails_when_the_criterion_is_not_met(int[] afterRatings, string status, bool met)
    {
        using var host = LoopHost.Create();
        using var analyst = await LoopHost.ApiClientAsync(host, "analyst");
        var now = host.Time.GetUtcNow();
        var customers = Enumerable.Range(1, 8).Select(i => $"C20261001-{i:D4}").ToList();
        var before = new[] { 3, 3, 2, 4, 3, 3, 2, 4 }; // mean 3.0
        for (var i = 0; i < customers.Count; i++)
        {
            await ServiceAndAnswerAsync(host, customers[i], now.AddDays(-20), before[i]);
        }

        // The routine invitations of those services went out back then.
        Assert.Equal(8, (await host.Services.GetRequiredService<InvitationScheduler>().RunOnceAsync(now, None)).Invited);

        using var created = await analyst.PostAsJsonAsync("/api/plans", new
        {
            problem = "Slow first response on the hotline", metricKind = "dimension_mean", metricKey = "speed", surveyId = "aftersales-default",
            comparison = "gte", target = 4.2, baselineFrom = Day(now.AddDays(-30)), baselineTo = Day(now.AddDays(-1)),
            measure = "Call-back queue with a 30-minute target", steps = new[] { "add two agents at peak", "auto-callback when the queue exceeds 5" },
            owner = "S2001", plannedDate = Day(now.AddDays(30)),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var plan = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)plan["plan"]!["id"]!;
        Assert.Equal((8, 3.0), ((int)plan["plan"]!["baseline"]!["count"]!, (double)plan["plan"]!["baseline"]!["value"]!));
        Assert.Equal("mean speed ≥ 4.20", (string)plan["criterion"]!);

        using var note = await analyst.PostAsJsonAsync($"/api/plans/{id}/notes", new { note = "Week 1: second agent hired." });
        using var done = await analyst.PostAsJsonAsync($"/api/plans/{id}/status", new { status = "done" });
        var afterDone = (await done.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(8, (int)afterDone["plan"]!["resurveyScheduled"]!);
        Assert.Equal("Week 1: second agent hired.", (string)afterDone["plan"]!["notes"]![0]!["note"]!);

        // 45 days later the re-survey goes out to the same eight customers, who answer again.
        host.Time.Advance(TimeSpan.FromDays(46));
        var run = await host.Services.GetRequiredService<InvitationScheduler>().RunOnceAsync(host.Time.GetUtcNow(), None);
        Assert.Equal(8, run.Invited);
        for (var i = 0; i < customers.Count; i++)
        {
            await AnswerAsync(host, customers[i], host.Time.GetUtcNow(), afterRatings[i]);
        }

        using var verify = await analyst.PostAsync($"/api/plans/{id}/verify", null);
        var verified = (await verify.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal(status, (string)verified["plan"]!["status"]!);
        Assert.Equal(met, (bool)verified["verdict"]!["criterionMet"]!);
        Assert.Equal((8, 8), ((int)verified["verdict"]!["before"]!["count"]!, (int)verified["verdict"]!["after"]!["count"]!));
        Assert.Equal(afterRatings.Average(), (double)verified["verdict"]!["after"]!["value"]!, 6);
        Assert.NotNull(verified["verdict"]!["pValue"]);
    }

    [Fact]
    public async Task A_plan_with_an_unknown_metric_is_refused_and_agents_cannot_see_plans()
    {
        using var host = LoopHost.Create();
        using var analyst = await LoopHost.ApiClientAsync(host, "analyst");
        using var agent = await LoopHost.ApiClientAsync(host, "agent");

        using var bad = await analyst.PostAsJsonAsync("/api/plans", new { problem = "x", metricKind = "vibes", metricKey = "speed" });
        using var forbidden = await agent.GetAsync("/api/plans");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("metricKind", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task ServiceAndAnswerAsync(ChannelsHost host, string customer, DateTimeOffset at, int speed)
    {
        var saved = await host.Services.GetRequiredService<ServiceEventIntake>().AcceptAsync(
            new ServiceEventFields { CustomerId = customer, ServiceStage = "repair", Channel = "hotline", ContactRoute = "sms", Contact = "+86 137 0000 0000", CompletedAt = at.ToString("O") },
            host.Time.GetUtcNow(),
            None);
        Assert.Empty(saved.Errors);
        await AnswerAsync(host, customer, at.AddDays(1), speed);
    }

    private static async Task AnswerAsync(ChannelsHost host, string customer, DateTimeOffset at, int speed)
    {
        var responses = host.Services.GetRequiredService<ISurveyResponseStore>();
        var id = Guid.CreateVersion7(at);
        await responses.StartResponseAsync(new SurveyResponseStart(id, "aftersales-default", 1, null, customer, "sms", "zh-CN", at), None);
        await responses.RecordAnswerAsync(new AnswerRecord(id, "speed", AnswerValue.FromNumber(speed), speed.ToString(CultureInfo.InvariantCulture), at), None);
        await responses.FinishResponseAsync(id, ResponseStatus.Completed, at, None);
    }
}
