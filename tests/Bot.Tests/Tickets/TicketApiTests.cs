using System.Net;
using System.Text;
using System.Text.Json;
using AfterSalesBot.Bot.Jobs;
using AfterSalesBot.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Tickets;

public sealed class TicketApiTests : IClassFixture<TicketApiTests.Host>
{
    private readonly Host _host;

    public TicketApiTests(Host host) => _host = host;

    public sealed class Host : IDisposable
    {
        public ApiHost Api { get; } = new();

        public void Dispose() => Api.Dispose();
    }

    private static object Complaint(string conversation, string description = "空调开机后不出冷风，设定16度也没变化，用了3个月") => new
    {
        customerId = "C20260302-0001",
        channel = "webchat",
        description,
        category = "product_quality",
        demand = "repair",
        product = "KFR-35GW",
        purchaseDate = "2025-12-01",
        emotion = "anxious",
        emotionConfidence = 0.6,
        conversationId = conversation,
        locale = "zh-CN",
    };

    private static string Error(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Fact]
    public async Task A_complaint_with_a_safety_word_opens_an_urgent_level_2_ticket_with_its_deadlines()
    {
        using var client = await _host.Api.ClientAsync(Roles.Agent);
        var now = _host.Api.Clock.GetUtcNow();
        var conversation = Guid.NewGuid().ToString("N");

        var created = await ApiHost.PostAsync(client, "/api/tickets", Complaint(conversation, "插上电源后机器冒烟，有焦味"));
        var body = await ApiHost.JsonAsync(created);
        var number = body.GetProperty("number").GetString()!;
        var fetched = await ApiHost.JsonAsync(await client.GetAsync(new Uri($"/api/tickets/{number}", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/tickets/{number}", created.Headers.Location!.OriginalString);
        Assert.Matches("^T[0-9]{8}-[0-9]{4}$", number);
        Assert.Equal("new", fetched.GetProperty("status").GetString());
        Assert.Equal("product_quality", fetched.GetProperty("category").GetString());
        Assert.Equal("urgent", fetched.GetProperty("urgency").GetString());
        Assert.Equal(2, fetched.GetProperty("level").GetInt32());
        Assert.Equal("middle_management", fetched.GetProperty("department").GetString());
        Assert.Equal("M2001", fetched.GetProperty("owner").GetString());
        Assert.Equal(now, fetched.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(now.AddHours(2), fetched.GetProperty("responseDueAt").GetDateTimeOffset());
        Assert.Equal(now.AddHours(24), fetched.GetProperty("resolutionDueAt").GetDateTimeOffset());
        Assert.Equal("opened", fetched.GetProperty("history")[0].GetProperty("kind").GetString());
        Assert.Equal("插上电源后机器冒烟，有焦味", fetched.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_ticket_is_worked_resolved_rejected_by_the_customer_and_closed_only_after_confirmation()
    {
        using var agent = await _host.Api.ClientAsync(Roles.Agent);
        using var supervisor = await _host.Api.ClientAsync(Roles.Supervisor);
        var conversation = Guid.NewGuid().ToString("N");
        var number = (await ApiHost.JsonAsync(await ApiHost.PostAsync(agent, "/api/tickets", Complaint(conversation)))).GetProperty("number").GetString()!;
        string Path(string action) => $"/api/tickets/{number}/{action}";

        var record = await ApiHost.PostAsync(agent, Path("records"), new { action = "remote guidance", cost = 0, staffId = "S1001" });
        var compensation = await ApiHost.PostAsync(agent, Path("records"), new { action = "coupon as compensation", compensationAmount = 200, approvalNumber = "WC20240501001" });
        var graded = await ApiHost.PostAsync(supervisor, Path("grade"), new { urgency = "urgent", reason = "elderly customer without cooling in summer" });
        var resolved = await ApiHost.PostAsync(agent, Path("resolve"), new { summary = "refrigerant refilled" });
        var closeTooEarly = await ApiHost.PostAsync(agent, Path("close"), new { });
        var notSolved = await ApiHost.PostAsync(agent, Path("confirm"), new { solved = false, satisfied = false, comment = "还是不制冷" });
        var resolvedAgain = await ApiHost.PostAsync(agent, Path("resolve"), new { summary = "compressor replaced" });
        var solved = await ApiHost.PostAsync(agent, Path("confirm"), new { solved = true, satisfied = true });
        var closed = await ApiHost.PostAsync(agent, Path("close"), new { });
        var final = await ApiHost.JsonAsync(closed);

        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        Assert.Equal(HttpStatusCode.OK, compensation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, graded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, closeTooEarly.StatusCode);
        Assert.Contains("cannot become closed", (await ApiHost.JsonAsync(closeTooEarly)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("reopened", (await ApiHost.JsonAsync(notSolved)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, resolvedAgain.StatusCode);
        Assert.Equal("confirmed", (await ApiHost.JsonAsync(solved)).GetProperty("status").GetString());
        Assert.Equal("closed", final.GetProperty("status").GetString());
        Assert.Equal("urgent", final.GetProperty("urgency").GetString());
        Assert.Equal("elderly customer without cooling in summer", final.GetProperty("gradeOverrideReason").GetString());
        Assert.Equal(2, final.GetProperty("records").GetArrayLength());
        Assert.Equal("WC20240501001", final.GetProperty("records")[1].GetProperty("approvalNumber").GetString());
        var moves = final.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("kind").GetString() == "status_changed")
            .Select(h => h.GetProperty("to").GetString()).ToList();
        Assert.Equal(["acknowledged", "in_progress", "resolved", "reopened", "resolved", "confirmed", "closed"], moves);
    }

    [Fact]
    public async Task Tickets_are_listed_by_conversation_and_status()
    {
        using var agent = await _host.Api.ClientAsync(Roles.Agent);
        var conversation = Guid.NewGuid().ToString("N");
        var first = (await ApiHost.JsonAsync(await ApiHost.PostAsync(agent, "/api/tickets", Complaint(conversation)))).GetProperty("number").GetString();
        var second = (await ApiHost.JsonAsync(await ApiHost.PostAsync(agent, "/api/tickets", Complaint(conversation)))).GetProperty("number").GetString();
        await ApiHost.PostAsync(agent, $"/api/tickets/{second}/acknowledge", new { });
        await ApiHost.PostAsync(agent, "/api/tickets", Complaint(Guid.NewGuid().ToString("N")));

        var all = await ApiHost.JsonAsync(await agent.GetAsync(new Uri($"/api/tickets?conversationId={conversation}", UriKind.Relative)));
        var acknowledged = await ApiHost.JsonAsync(await agent.GetAsync(new Uri($"/api/tickets?conversationId={conversation}&status=acknowledged", UriKind.Relative)));

        Assert.Equal([first, second], all.EnumerateArray().Select(t => t.GetProperty("number").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal([second], acknowledged.EnumerateArray().Select(t => t.GetProperty("number").GetString()));
    }

    public static TheoryData<string, string, string, string> BadRequests => new()
    {
        { "POST", "/api/tickets", """{"customerId":"C1","channel":"webchat","category":"product_quality","demand":"repair"}""", "description" },
        { "POST", "/api/tickets", """{"customerId":"C1","channel":"webchat","description":"x","category":"product_quality","demand":"repair","purchaseDate":"last spring"}""", "purchaseDate" },
        { "POST", "/api/tickets", """{"customerId":"C1","channel":"webchat","description":"x","category":"q","demand":"repair","contactTail":"13800138000"}""", "contactTail" },
        { "POST", "/api/tickets", """not json at all""", "body" },
        { "POST", "/api/tickets", "", "body" },
        { "GET", "/api/tickets?status=done", "", "status" },
        { "GET", "/api/tickets?limit=lots", "", "limit" },
        { "GET", "/api/tickets/12345", "", "number" },
        { "POST", "/api/tickets/{n}/records", """{"action":"coupon","compensationAmount":200}""", "approvalNumber" },
        { "POST", "/api/tickets/{n}/records", """{"cost":5}""", "action" },
        { "POST", "/api/tickets/{n}/resolve", """{"summary":""}""", "summary" },
        { "POST", "/api/tickets/{n}/confirm", """{"satisfied":true}""", "solved" },
        { "POST", "/api/tickets/{n}/grade", """{"level":"two","reason":"x"}""", "level" },
        { "POST", "/api/tickets/{n}/grade", """{"level":4,"reason":"x"}""", "level" },
        { "POST", "/api/tickets/{n}/grade", """{"urgency":"asap","reason":"x"}""", "urgency" },
        { "POST", "/api/tickets/{n}/grade", """{"urgency":"urgent"}""", "reason" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_400_naming_the_field(string method, string path, string body, string field)
    {
        using var client = await _host.Api.ClientAsync(Roles.Admin);
        var number = (await ApiHost.JsonAsync(await ApiHost.PostAsync(client, "/api/tickets", Complaint(Guid.NewGuid().ToString("N"))))).GetProperty("number").GetString();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path.Replace("{n}", number, StringComparison.Ordinal), UriKind.Relative))
        {
            Content = method == "POST" ? new StringContent(body, Encoding.UTF8, "application/json") : null,
        };

        var response = await client.SendAsync(request);
        var problem = await ApiHost.JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(Error(problem, field)));
    }

    [Fact]
    public async Task An_unknown_ticket_is_404_for_reads_and_actions()
    {
        using var client = await _host.Api.ClientAsync(Roles.Supervisor);

        var get = await client.GetAsync(new Uri("/api/tickets/T19990101-0001", UriKind.Relative));
        var resolve = await ApiHost.PostAsync(client, "/api/tickets/T19990101-0001/resolve", new { summary = "x" });
        var grade = await ApiHost.PostAsync(client, "/api/tickets/T19990101-0001/grade", new { level = 2, reason = "x" });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resolve.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, grade.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_ticket_endpoints()
    {
        using var client = await _host.Api.ClientAsync(null);

        var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var document = await ApiHost.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/tickets", "/api/tickets/{number}", "/api/tickets/{number}/records", "/api/tickets/{number}/resolve", "/api/tickets/{number}/reopen", "/api/tickets/{number}/grade" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task A_missed_deadline_escalates_through_the_running_service_under_a_fake_clock()
    {
        using var agent = await _host.Api.ClientAsync(Roles.Agent);
        var number = (await ApiHost.JsonAsync(await ApiHost.PostAsync(agent, "/api/tickets", Complaint(Guid.NewGuid().ToString("N"), "空调不制冷，开了一晚上还是热风")))).GetProperty("number").GetString();
        var clock = _host.Api.Factory.Services.GetRequiredService<SlaClock>();

        // General: first response due after 4 h; nobody acknowledged it.
        await clock.RunOnceAsync(_host.Api.Clock.GetUtcNow().AddHours(4).AddMinutes(1), CancellationToken.None);
        var ticket = await ApiHost.JsonAsync(await agent.GetAsync(new Uri($"/api/tickets/{number}", UriKind.Relative)));

        Assert.Equal(2, ticket.GetProperty("level").GetInt32());
        Assert.Equal("middle_management", ticket.GetProperty("department").GetString());
        var kinds = ticket.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ToList();
        Assert.Equal(1, kinds.Count(k => k == "deadline_warning"));
        Assert.Equal(1, kinds.Count(k => k == "escalated"));
    }
}
