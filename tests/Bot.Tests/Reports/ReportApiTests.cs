using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Domain.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Reports;

public sealed class ReportApiTests(ReportApiFixture fixture) : IClassFixture<ReportApiFixture>
{
    private const string Period = "surveyId=aftersales-default&from=2026-03-01&to=2026-04-01";

    public static TheoryData<string> Endpoints => new()
    {
        $"/api/reports/summary?{Period}",
        $"/api/reports/trend?{Period}",
        $"/api/reports/cross?{Period}&by=staffId",
        $"/api/reports/monthly?{Period}",
        $"/api/reports/export?{Period}&format=xlsx",
        "/api/comments",
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_a_key_every_endpoint_is_401_and_with_an_agent_key_403(string url)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientFor(null).GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.ClientFor(Roles.Agent).GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ClientFor(Roles.Analyst).GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/api/reports/summary?from=2026-03-01", "surveyId")]
    [InlineData("/api/reports/summary?surveyId=aftersales-default&from=March", "from")]
    [InlineData("/api/reports/summary?surveyId=aftersales-default&from=2026-03-05&to=2026-03-01", "to")]
    [InlineData("/api/reports/trend?surveyId=aftersales-default&granularity=year", "granularity")]
    [InlineData("/api/reports/cross?surveyId=aftersales-default&by=shoeSize", "by")]
    [InlineData("/api/reports/cross?surveyId=aftersales-default&by=3", "by")]
    [InlineData("/api/reports/export?surveyId=aftersales-default&format=pdf", "format")]
    [InlineData("/api/comments?rating=99", "rating")]
    [InlineData("/api/comments?limit=0", "limit")]
    [InlineData("/api/comments?maxConfidence=NaN", "maxConfidence")]
    [InlineData("/api/comments?from=2026-02-30", "from")]
    public async Task Bad_parameters_are_400_problem_details_naming_the_parameter(string url, string parameter)
    {
        var response = await fixture.ClientFor(Roles.Analyst).GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_survey_is_404()
    {
        var response = await fixture.ClientFor(Roles.Analyst).GetAsync(new Uri("/api/reports/summary?surveyId=nope", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Summary_returns_the_numbers_of_the_seeded_responses()
    {
        using var body = JsonDocument.Parse(await fixture.ClientFor(Roles.Analyst).GetStringAsync(new Uri($"/api/reports/summary?{Period}", UriKind.Relative)));
        var root = body.RootElement;
        Assert.Equal(3, root.GetProperty("responses").GetInt64());
        Assert.Equal(3, root.GetProperty("completed").GetInt64());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("responseRate").ValueKind);
        // speed 5,2,3 → 10/3; resolution 4,2,1 → 7/3; overall 17/6; CSAT: 5 and 4 of six ratings.
        Assert.Equal(17.0 / 6, root.GetProperty("overall").GetDouble(), 9);
        Assert.Equal(100.0 / 3, root.GetProperty("csat").GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("nps").ValueKind); // the default survey has no NPS question
        var dimensions = root.GetProperty("dimensions").EnumerateArray().ToList();
        Assert.Equal(["speed", "resolution"], dimensions.Select(d => d.GetProperty("questionId").GetString()));
        Assert.Equal(7.0 / 3, dimensions[1].GetProperty("mean").GetDouble(), 9);
        Assert.Equal(3, dimensions[1].GetProperty("count").GetInt64());
        Assert.True(dimensions[1].GetProperty("isCoreWeakness").GetBoolean());
        var problems = root.GetProperty("topProblems").EnumerateArray().ToList();
        Assert.Equal(["service_attitude", "unresolved"], problems.Select(p => p.GetProperty("category").GetString()));
        Assert.Equal(1.0 / 3, problems[0].GetProperty("share").GetDouble(), 9);
        Assert.NotEmpty(problems[0].GetProperty("examples").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, problems[0].GetProperty("phrases").ValueKind);
    }

    [Fact]
    public async Task An_analyst_never_receives_unmasked_text_from_the_api()
    {
        var analyst = fixture.ClientFor(Roles.Analyst);
        var comments = await analyst.GetStringAsync(new Uri("/api/comments?surveyId=aftersales-default", UriKind.Relative));
        var summary = await analyst.GetStringAsync(new Uri($"/api/reports/summary?{Period}", UriKind.Relative));
        foreach (var text in new[] { comments, summary })
        {
            Assert.DoesNotContain("13800138000", text, StringComparison.Ordinal);
            Assert.DoesNotContain("wang@example.com", text, StringComparison.Ordinal);
            Assert.DoesNotContain("王小明", text, StringComparison.Ordinal);
        }

        Assert.Contains("*******8000", comments, StringComparison.Ordinal);
        Assert.Contains("Ms. W*", comments, StringComparison.Ordinal);
        var denied = await analyst.GetAsync(new Uri("/api/comments?unmasked=true", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.DoesNotContain("13800138000", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_asking_for_unmasked_text_gets_it_and_the_read_is_audited()
    {
        var audit = fixture.Host.Services.GetRequiredService<IAuditLog>();
        var before = (await audit.ListAsync(100, CancellationToken.None)).Count;

        var body = await fixture.ClientFor(Roles.Supervisor).GetFromJsonAsync<JsonElement>(new Uri("/api/comments?surveyId=aftersales-default&q=13800138000&unmasked=true", UriKind.Relative));

        Assert.False(body.GetProperty("masked").GetBoolean());
        Assert.Equal(ReportApiFixture.PhoneComment, Assert.Single(body.GetProperty("items").EnumerateArray()).GetProperty("text").GetString());
        var entries = await audit.ListAsync(100, CancellationToken.None);
        Assert.Equal(before + 1, entries.Count);
        Assert.Equal(("supervisor-key", "supervisor", "comments.list"), (entries[0].Actor, entries[0].Role, entries[0].Action));
    }

    [Fact]
    public async Task Comments_are_listed_lowest_confidence_first_with_filters()
    {
        var body = await fixture.ClientFor(Roles.Analyst).GetFromJsonAsync<JsonElement>(new Uri("/api/comments?surveyId=aftersales-default", UriKind.Relative));
        var confidences = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("categoryConfidence").GetDouble()).ToList();
        Assert.Equal(confidences.Order().ToList(), confidences);
        var negative = await fixture.ClientFor(Roles.Analyst).GetFromJsonAsync<JsonElement>(new Uri("/api/comments?sentiment=negative&staffId=S02&maxRating=1", UriKind.Relative));
        Assert.Equal("unresolved", Assert.Single(negative.GetProperty("items").EnumerateArray()).GetProperty("category").GetString());
    }

    [Fact]
    public async Task The_xlsx_export_reads_back_with_the_monthly_sheet_masked_text_and_staff_pseudonyms()
    {
        var response = await fixture.ClientFor(Roles.Analyst).GetAsync(new Uri($"/api/reports/export?{Period}&format=xlsx&pseudonymize=true", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet);
        Assert.Contains("Monthly", sheets.Keys);
        Assert.Contains("Dimensions", sheets.Keys);
        string[][] Rows(string sheet) => sheets[sheet].Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToArray();

        var monthly = Rows("Monthly");
        Assert.Equal("Month", monthly[0][0]);
        Assert.Equal(["2026-03", "", "", "webchat"], monthly[1][..4]);
        Assert.Equal("3", monthly[1][7]);
        var comments = Rows("Comments");
        var all = string.Join("\n", comments.SelectMany(r => r));
        Assert.DoesNotContain("13800138000", all, StringComparison.Ordinal);
        Assert.Contains("*******8000", all, StringComparison.Ordinal);
        Assert.DoesNotContain(comments.Skip(1), r => r[7] is "S01" or "S02");
        Assert.All(comments.Skip(1), r => Assert.StartsWith("STAFF-", r[7], StringComparison.Ordinal));
        var staffCross = Rows("Cross analysis").Where(r => r[0] == "StaffId").ToList();
        Assert.All(staffCross, r => Assert.StartsWith("STAFF-", r[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_a_byte_order_mark_and_chinese_headers_on_request()
    {
        var bytes = await fixture.ClientFor(Roles.Analyst).GetByteArrayAsync(new Uri($"/api/reports/export?{Period}&format=csv&lang=zh-CN", UriKind.Relative));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("月度监控总表", text, StringComparison.Ordinal);
        Assert.Contains("核心短板", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", text, StringComparison.Ordinal);
    }
}
