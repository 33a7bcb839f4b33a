using System.Text.Json.Nodes;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Rules;

namespace AfterSalesBot.Domain.Tests.Tickets;

public sealed class RulesFileTests
{
    [Fact]
    public void The_shipped_rules_file_is_valid_and_carries_the_domain_tables()
    {
        var rules = ShippedRules.Load();

        Assert.Equal(2, rules.Deadlines.Urgent.FirstResponse.Hours);
        Assert.Equal(24, rules.Deadlines.Urgent.Solution.Hours);
        Assert.Equal(4, rules.Deadlines.General.FirstResponse.Hours);
        Assert.Equal(48, rules.Deadlines.General.Solution.Hours);
        Assert.Equal(24, rules.Deadlines.Complex.FirstResponse.Hours);
        Assert.Equal(3, rules.Deadlines.Complex.Solution.WorkingDays);
        Assert.Equal(24, rules.Deadlines.AcknowledgeWithin.Hours);
        Assert.Equal([(24.0, 48.0), (72.0, 120.0), (120.0, 240.0)], rules.Levels.OrderBy(l => l.Level).Select(l => (l.RespondWithin.Hours!.Value, l.ResolveWithin.Hours!.Value)));
        Assert.Equal("Asia/Shanghai", rules.Calendar.TimeZone);
        Assert.Equal(3, rules.FollowUpAfterDays);
    }

    public static TheoryData<string, string> BrokenFiles => new()
    {
        { """{"schemaVersion": 1, "deadlines": {"urgent": {"firstRespons": {"hours": 2}}}}""", "$.deadlines.urgent" },
        { """{"schemaVersion": 1, "levels": [{"level": "two"}]}""", "$.levels[0].level" },
        { """{"schemaVersion": 1,""", "line" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_file_of_the_wrong_shape_is_refused_naming_the_path(string json, string expected)
    {
        var error = Assert.Throws<TicketRulesException>(() => TicketRulesLoader.Parse(json, "rules.json"));

        Assert.Contains("rules.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Errors[0], StringComparison.Ordinal);
    }

    public static TheoryData<string, string> MeaningErrors => new()
    {
        { "route-to-nowhere", "$.routing.categories.product_quality.department: 'repairs' is not in $.departments" },
        { "two-lengths", "$.deadlines.general.solution: give exactly one of hours, businessHours, workingDays (got 2)" },
        { "bad-zone", "$.calendar.timeZone: 'Mars/Olympus' is not a known time zone id" },
        { "no-level-3", "$.levels: level 3 must appear exactly once" },
        { "bad-holiday", "$.calendar.holidays[1]: '2026-13-01' is not a date (yyyy-MM-dd)" },
        { "bad-urgency", "$.grading.keywordRules[0].urgency: 'panic' is not an urgency" },
        { "hours-backwards", "$.calendar.workingHours: end (08:00) must be after start (09:00)" },
        { "warn-fraction", "$.deadlines.warnAtFraction: must be between 0 and 1" },
        { "null-section", "$.calendar: must not be null" },
        { "null-word", "$.grading.keywordRules[0].words[1]: must not be null" },
    };

    [Theory]
    [MemberData(nameof(MeaningErrors))]
    public void A_file_with_wrong_meaning_is_refused_naming_the_path(string edit, string expected)
    {
        var json = ShippedRules.EditedJson(j =>
        {
            switch (edit)
            {
                case "route-to-nowhere": j["routing"]!["categories"]!["product_quality"]!["department"] = "repairs"; break;
                case "two-lengths": j["deadlines"]!["general"]!["solution"] = new JsonObject { ["hours"] = 48, ["workingDays"] = 2 }; break;
                case "bad-zone": j["calendar"]!["timeZone"] = "Mars/Olympus"; break;
                case "no-level-3": j["levels"]!.AsArray().RemoveAt(2); break;
                case "bad-holiday": j["calendar"]!["holidays"]![1] = "2026-13-01"; break;
                case "bad-urgency": j["grading"]!["keywordRules"]![0]!["urgency"] = "panic"; break;
                case "hours-backwards": j["calendar"]!["workingHours"]!["end"] = "08:00"; break;
                case "warn-fraction": j["deadlines"]!["warnAtFraction"] = 1.5; break;
                case "null-section": j["calendar"] = null; break;
                case "null-word": j["grading"]!["keywordRules"]![0]!["words"]![1] = null; break;
                default: throw new ArgumentOutOfRangeException(nameof(edit));
            }
        });

        var error = Assert.Throws<TicketRulesException>(() => TicketRulesLoader.Parse(json, "ticket-rules.json"));

        Assert.Contains(error.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_full_path()
    {
        var error = Assert.Throws<TicketRulesException>(() => TicketRulesLoader.LoadFile("no/such/rules.json"));

        Assert.Contains(Path.GetFullPath("no/such/rules.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wire_names_of_statuses_and_urgencies_round_trip()
    {
        foreach (var status in Enum.GetValues<TicketStatus>())
        {
            Assert.Equal(status, TicketText.ParseStatus(TicketText.Status(status)));
        }

        Assert.Equal("in_progress", TicketText.Status(TicketStatus.InProgress));
        Assert.Null(TicketText.ParseStatus("done"));
        Assert.Equal(Urgency.Complex, TicketText.ParseUrgency("Complex"));
    }
}
