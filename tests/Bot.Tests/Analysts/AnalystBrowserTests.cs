using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Bot.Tests.Staff;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Domain.Security;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Stores;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Analysts;

/// <summary>
/// The analyst's day in Debian's headless Chromium against the real service: sign in, filter the comments, re-tag one,
/// open the report, click the core weakness's bar and land on the matching comments, download the XLSX and read it back.
/// </summary>
public sealed class AnalystBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Phone = "13800138000";
    private const string Period = "surveyId=aftersales-default&from=2026-03-01&to=2026-04-01";

    [Fact]
    public async Task Analyst_filters_re_tags_opens_the_report_clicks_a_bar_and_downloads_the_xlsx()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium fonts-noto-cjk).");
        using var host = new ChannelsHost();
        var baseUrl = host.StartKestrel();
        var delivery = await SeedAsync(host.Services);
        var password = await StaffAccounts.CreateAsync(host.Services, "ana", Roles.Analyst);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1400, Height = 1200 } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"console.{message.Type}: {message.Text}");
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                output.WriteLine($"{response.Status} {response.Url}");
            }
        };
        var rows = page.Locator("#comments tbody tr[data-id]");

        // Sign in and see the comments, personal data masked for an analyst.
        await StaffBrowser.SignInAsync(page, baseUrl, "ana", password, "/analyst/comments");
        await Assertions.Expect(rows).ToHaveCountAsync(4, new() { Timeout = 20_000 });
        Assert.Contains("*******8000", await page.Locator("#comments").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, await page.ContentAsync(), StringComparison.Ordinal);

        // Filter by full-text search, then re-tag the one comment found.
        await page.FillAsync("input[name=q]", "快递");
        await page.ClickAsync("#filters button[type=submit]");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await rows.First.Locator("select.retag-category").SelectOptionAsync("logistics_delay");
        await rows.First.Locator("button.retag-save").ClickAsync();
        await Assertions.Expect(rows.First.Locator("td.label-cell")).ToContainTextAsync("ana");
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "analyst-comments.png"), FullPage = true });
        var history = await host.Services.GetRequiredService<ICommentLabelStore>().HistoryAsync(delivery, CancellationToken.None);
        Assert.Equal(("logistics_delay", "ana"), (history.Single().Category, history.Single().LabelledBy));

        // The report: resolution (mean 2.5) is the core weakness; clicking its bar lists the comments under a resolution score ≤ 2.
        await page.GotoAsync($"{baseUrl}/analyst/reports?{Period}");
        await Assertions.Expect(page.Locator("#dimensions tbody tr.weak")).ToContainTextAsync("resolution", new() { Timeout = 20_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "analyst-report.png"), FullPage = true });
        var point = await page.EvaluateAsync<double[]>(
            """
            () => {
              const chart = Chart.getChart(document.getElementById("dimension-chart"));
              const index = chart.data.labels.indexOf("resolution");
              const bar = chart.getDatasetMeta(0).data[index];
              return [bar.x, (bar.y + bar.base) / 2];
            }
            """);
        await page.Locator("#dimension-chart").ClickAsync(new() { Position = new Position { X = (float)point[0], Y = (float)point[1] } });
        await page.WaitForURLAsync(url => url.Contains("/analyst/comments?", StringComparison.Ordinal) && url.Contains("question=resolution", StringComparison.Ordinal));
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        var listed = await page.Locator("#comments tbody").InnerTextAsync();
        Assert.Contains("*******8000", listed, StringComparison.Ordinal);
        Assert.Contains("still not solved", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("快递", listed, StringComparison.Ordinal); // resolution 3: not a low score

        // Download the XLSX from the report page and read it back.
        await page.GotoAsync($"{baseUrl}/analyst/reports?{Period}");
        await Assertions.Expect(page.Locator("#dimensions tbody tr")).Not.ToHaveCountAsync(0, new() { Timeout = 20_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-xlsx"));
        var file = Path.Combine(Path.GetTempPath(), $"analyst-report-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            using var document = SpreadsheetDocument.Open(file, false);
            var workbook = document.WorkbookPart!;
            var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet);
            Assert.Contains("Monthly", sheets.Keys);
            Assert.Contains("Top problems", sheets.Keys);
            var comments = string.Join("\n", sheets["Comments"].Descendants<Cell>().Select(c => c.InnerText));
            Assert.Contains("logistics_delay", comments, StringComparison.Ordinal); // the analyst's label
            Assert.Contains("*******8000", comments, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, comments, StringComparison.Ordinal);
            var dimensions = sheets["Dimensions"].Descendants<Row>().Select(r => string.Join("|", r.Elements<Cell>().Select(c => c.InnerText))).ToList();
            Assert.Contains(dimensions, r => r.Contains("|resolution|2.5|4|", StringComparison.Ordinal)); // rank, question, mean, count, core weakness
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Four March responses; returns the id of the delivery comment the analyst re-tags.</summary>
    private static async Task<long> SeedAsync(IServiceProvider services)
    {
        var dialect = services.GetRequiredService<SqlDialect>();
        var time = services.GetRequiredService<TimeProvider>();
        var responses = new SqlSurveyResponseStore(dialect, time);
        var comments = new SqlCommentStore(dialect);
        var start = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        (int Speed, int Resolution, string Staff, string Category, double Confidence, string Sentiment, string Text)[] rows =
        [
            (5, 4, "S01", "praise", 0.9, "positive", "师傅很专业，很快修好了"),
            (2, 2, "S02", "service_attitude", 0.8, "negative", $"王小明先生态度差，回电{Phone}"),
            (1, 3, "S02", "other", 0.3, "negative", "快递三天都没到，客服也不回"),
            (4, 1, "S03", "unresolved", 0.7, "negative", "contacted several times, still not solved"),
        ];
        long delivery = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var (speed, resolution, staff, category, confidence, sentiment, text) = rows[i];
            var id = Guid.NewGuid();
            var at = start.AddDays(i);
            await responses.StartResponseAsync(new SurveyResponseStart(id, "aftersales-default", 1, null, null, "webchat", "zh-CN", at), CancellationToken.None);
            await responses.RecordAnswerAsync(new AnswerRecord(id, "staff", AnswerValue.FromText(staff), staff, at), CancellationToken.None);
            await responses.RecordAnswerAsync(new AnswerRecord(id, "speed", AnswerValue.FromNumber(speed), null, at), CancellationToken.None);
            await responses.RecordAnswerAsync(new AnswerRecord(id, "resolution", AnswerValue.FromNumber(resolution), null, at), CancellationToken.None);
            var answer = await responses.RecordAnswerAsync(new AnswerRecord(id, "leastSatisfied", AnswerValue.FromText(text), text, at), CancellationToken.None);
            var comment = await comments.RecordCommentAsync(
                answer, text, new CommentTags(category, [category], confidence, sentiment, 0, "calm", 0.5, "test-model"), at, CancellationToken.None);
            await responses.FinishResponseAsync(id, ResponseStatus.Completed, at.AddMinutes(3), CancellationToken.None);
            if (category == "other")
            {
                delivery = comment;
            }
        }

        // The responses are dated in the past: a rebuild folds them whatever the catch-up's watermark says.
        await services.GetRequiredService<IReportStore>().RebuildAsync(CancellationToken.None);
        return delivery;
    }
}
