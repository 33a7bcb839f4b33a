using System.Diagnostics;
using AfterSalesBot.Bot.Tests.Channels.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Surveys;

/// <summary>
/// The whole product path: Microsoft Web Chat in Debian's headless Chromium completes the default survey against
/// the real service (survey engine, SQLite), clicking the suggested-action buttons and typing, and then the real
/// <c>aftersales export responses</c> shows every answer.
/// </summary>
public sealed class WebChatSurveyTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    // The question columns of the exported row: what was clicked or typed above, as stored.
    private static readonly Dictionary<string, string> ExpectedAnswers = new()
    {
        ["zh-CN"] = "business,美的洗衣机 MG100,,4,2,5,3,4,\"师傅来了两次才修好，\"\"排水\"\"问题反复\",,true",
        ["en-US"] = "individual,Gree air conditioner,Mr. Li,5,5,4,4,5,\"Nothing, all good 👍\",Keep it up,",
    };

    public static TheoryData<string, string[]> Runs => new()
    {
        {
            "zh-CN",
            [
                "wait:您是个人客户还是企业客户", "click:企业客户",
                "wait:您购买的是哪款产品或服务", "type:美的洗衣机 MG100",
                "wait:是哪位售后人员", "click:跳过",
                "wait:响应的速度", "click:4 满意",
                "wait:解决的彻底程度", "type:两分",
                "wait:需要现在为您转接人工客服吗", "click:不用了，继续",
                "wait:专业能力", "click:5 非常满意",
                "wait:沟通说明", "type:还行",
                "wait:便捷程度", "click:4 满意",
                "wait:最不满意", "type:师傅来了两次才修好，\"排水\"问题反复",
                "wait:改进建议", "click:跳过",
                "wait:主管给您回个电话", "click:是",
                "wait:感谢您的反馈",
            ]
        },
        {
            "en-US",
            [
                "wait:individual or a business customer", "type:individual",
                "wait:Which product or service", "type:Gree air conditioner",
                "wait:Which after-sales person", "type:Mr. Li",
                "wait:how quickly we responded", "click:5 Very satisfied",
                "wait:how thoroughly", "click:5 Very satisfied",
                "wait:professional competence", "type:four out of five",
                "wait:how clearly", "click:4 Satisfied",
                "wait:how convenient", "click:5 Very satisfied",
                "wait:least satisfied", "type:Nothing, all good 👍",
                "wait:improvements", "type:Keep it up",
                "wait:Thank you for your feedback",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Customer_completes_the_default_survey_in_web_chat_and_the_export_shows_the_answers(string locale, string[] steps)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium fonts-noto-cjk).");
        using var host = new ChannelsHost(settings: new Dictionary<string, string?> { ["Channels:TurnHandler"] = "default" });
        var baseUrl = host.StartKestrel();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = locale, ViewportSize = new ViewportSize { Width = 900, Height = 1000 } });
        page.Console += (_, message) => output.WriteLine($"console.{message.Type}: {message.Text}");
        await page.GotoAsync($"{baseUrl}/?locale={locale}");
        var transcript = page.Locator("#webchat").First;
        var sendBox = page.Locator("[data-id=webchat-sendbox-input]");

        foreach (var step in steps)
        {
            var (action, text) = (step[..step.IndexOf(':', StringComparison.Ordinal)], step[(step.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            output.WriteLine(step);
            switch (action)
            {
                case "wait":
                    await Assertions.Expect(transcript).ToContainTextAsync(text, new() { Timeout = 20_000 });
                    break;
                case "click":
                    // The suggested-action bar under the last message (Web Chat also mirrors it in a screen-reader live region).
                    await page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = text, Exact = true }).ClickAsync(new() { Timeout = 20_000 });
                    break;
                default:
                    await sendBox.FillAsync(text);
                    await sendBox.PressAsync("Enter");
                    break;
            }
        }

        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts.FullName, $"survey-{locale}.png"), FullPage = true });

        var csv = await ExportAsync(host.Database.ConnectionString);
        output.WriteLine(csv);
        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.Equal(
            "response_id,survey_id,survey_version,conversation_id,channel,locale,started,finished,finished_at,status,"
            + "customerType,product,staff,speed,resolution,professionalism,communication,convenience,leastSatisfied,improvements,callback",
            rows[0]);
        Assert.Contains($",{locale},", rows[1], StringComparison.Ordinal);
        Assert.Contains(",true,", rows[1], StringComparison.Ordinal);
        Assert.Contains(",Completed,", rows[1], StringComparison.Ordinal);
        Assert.EndsWith(ExpectedAnswers[locale], rows[1], StringComparison.Ordinal);

        // The comment went through the shipped classifier on the turn's path and its tags sit beside the verbatim text.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(host.Database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text, sentiment, model_version FROM comments";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(locale == "zh-CN" ? "师傅来了两次才修好，\"排水\"问题反复" : "Nothing, all good 👍", reader.GetString(0));
        Assert.False(reader.IsDBNull(1));
        Assert.StartsWith("tagger-", reader.GetString(2), StringComparison.Ordinal);
    }

    private static async Task<string> ExportAsync(string connectionString)
    {
        // Same configuration as this test build (…/bin/Debug/net10.0/ → Debug).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var cli = Path.Combine(RepositoryPaths.Root, "src", "Cli", "bin", configuration, "net10.0", "aftersales.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: build src/Cli");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepositoryPaths.Root };
        foreach (var argument in new[] { cli, "export", "responses", "--format", "csv", "--survey", "aftersales-default", "--provider", "sqlite", "--connection", connectionString })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("Storage__Provider");
        start.Environment.Remove("Storage__ConnectionString");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stderr);
        return await stdout;
    }
}
