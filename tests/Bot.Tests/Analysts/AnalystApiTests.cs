using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSalesBot.Bot.Classifiers;
using AfterSalesBot.Bot.Tests.Reports;
using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Analysts;

/// <summary>Re-tagging through the API, and the admin's retrain and rollback switching the tagger of the running service.</summary>
public sealed class AnalystApiTests(ReportApiFixture fixture) : IClassFixture<ReportApiFixture>
{
    private async Task<long[]> CommentIdsAsync(string query = "")
    {
        var body = await fixture.ClientFor(Roles.Analyst).GetFromJsonAsync<JsonElement>(new Uri("/api/comments?surveyId=aftersales-default" + query, UriKind.Relative));
        return body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToArray();
    }

    [Fact]
    public async Task An_analyst_re_tags_one_comment_then_two_in_bulk_and_the_list_shows_label_beside_machine_tag()
    {
        var ids = await CommentIdsAsync();
        var analyst = fixture.ClientFor(Roles.Analyst);

        var one = await analyst.PostAsJsonAsync(new Uri("/api/comments/labels", UriKind.Relative), new { ids = new[] { ids[0] }, category = "communication" });
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var bulk = await analyst.PostAsJsonAsync(new Uri("/api/comments/labels", UriKind.Relative), new { ids = ids[1..], sentiment = "negative", emotion = "angry" });
        var result = await bulk.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ids.Length - 1, result.GetProperty("labelled").GetInt32());
        Assert.Equal("analyst-key", result.GetProperty("labelledBy").GetString());

        Assert.Equal([ids[0]], await CommentIdsAsync("&category=communication"));
        var list = await analyst.GetFromJsonAsync<JsonElement>(new Uri("/api/comments?surveyId=aftersales-default&sentiment=negative", UriKind.Relative));
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            Assert.Equal("negative", item.GetProperty("labelSentiment").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("sentiment").GetString())); // the machine's tag is still there
        }

        var history = await fixture.Host.Services.GetRequiredService<ICommentLabelStore>().HistoryAsync(ids[1], CancellationToken.None);
        Assert.Equal(("analyst-key", "negative", "angry"), (history.Single().LabelledBy, history.Single().Sentiment, history.Single().Emotion));
    }

    [Theory]
    [InlineData("""{"ids":[],"category":"communication"}""", "ids")]
    [InlineData("""{"ids":[1]}""", "category")]
    [InlineData("""{"ids":[1],"category":"no_such_category"}""", "category")]
    [InlineData("""{"ids":[1],"sentiment":"furious"}""", "sentiment")]
    public async Task A_bad_re_tag_is_400_naming_the_field(string json, string field)
    {
        var response = await fixture.ClientFor(Roles.Analyst).PostAsync(
            new Uri("/api/comments/labels", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Agents_may_not_re_tag_and_analysts_may_not_train()
    {
        var agent = await fixture.ClientFor(Roles.Agent).PostAsJsonAsync(new Uri("/api/comments/labels", UriKind.Relative), new { ids = new[] { 1 }, category = "other" });
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        var analyst = await fixture.ClientFor(Roles.Analyst).PostAsync(new Uri("/api/models/category/train", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, analyst.StatusCode);
    }

    [Fact]
    public async Task An_admin_retrains_and_the_running_service_tags_with_the_promoted_model_until_rolled_back()
    {
        var services = fixture.Host.Services;
        var tagger = services.GetRequiredService<ICommentTagger>();
        var shippedVersion = tagger.Tag("客服态度很差", "zh-CN", null)!.ModelVersion;
        var admin = fixture.ClientFor(Roles.Admin);

        var trained = await admin.PostAsync(new Uri("/api/models/emotion/train", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, trained.StatusCode);
        var model = await trained.Content.ReadFromJsonAsync<JsonElement>();
        // Without labels the candidate is trained like the seed-only baseline: equal, so not worse, so promoted; both numbers reported.
        Assert.Equal("promoted", model.GetProperty("status").GetString());
        Assert.Equal(model.GetProperty("baselineMacroF1").GetDouble(), model.GetProperty("macroF1").GetDouble());
        Assert.Equal("seed-only", model.GetProperty("baselineVersion").GetString());
        var version = model.GetProperty("version").GetString()!;

        Assert.Equal(version, services.GetRequiredService<ActiveTagger>().PromotedVersions["emotion"]);
        Assert.NotEqual(shippedVersion, tagger.Tag("客服态度很差", "zh-CN", null)!.ModelVersion);

        var rolledBack = await admin.PostAsync(new Uri("/api/models/emotion/rollback", UriKind.Relative), null);
        Assert.Equal("shipped", (await rolledBack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("restored").GetString());
        Assert.Equal(shippedVersion, tagger.Tag("客服态度很差", "zh-CN", null)!.ModelVersion);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync(new Uri("/api/models/emotion/rollback", UriKind.Relative), null)).StatusCode);

        var history = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/models", UriKind.Relative));
        Assert.Equal("rolled_back", history.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("version").GetString() == version).GetProperty("status").GetString());
    }
}
