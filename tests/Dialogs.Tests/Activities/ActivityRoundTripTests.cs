using System.Text.Json.Nodes;
using AfterSalesBot.Dialogs.Activities;

namespace AfterSalesBot.Dialogs.Tests.Activities;

public sealed class ActivityRoundTripTests
{
    private static readonly string RecordedFolder = Path.Combine(AppContext.BaseDirectory, "Activities", "Recorded");

    public static TheoryData<string> RecordedActivities()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RecordedFolder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecordedActivities))]
    public void Recorded_activity_survives_a_round_trip_unchanged(string fileName)
    {
        var original = File.ReadAllText(Path.Combine(RecordedFolder, fileName));

        var written = ActivityJson.Serialize(ActivityJson.Deserialize(original));

        var expected = JsonNode.Parse(original);
        var actual = JsonNode.Parse(written);
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"{fileName} changed on the round trip.\nExpected:\n{expected}\nActual:\n{actual}");
    }

    [Fact]
    public void Recorded_folder_holds_the_activities_the_theory_reads()
    {
        Assert.True(RecordedActivities().Count >= 10, "the recorded activities were not copied to the test output");
    }

    [Fact]
    public void Unknown_fields_are_kept_at_every_level()
    {
        var activity = ActivityJson.Deserialize(Read("connector-message-unknown-fields.json"));

        Assert.Equal("urn:botframework:azure", activity.Properties!["callerId"].GetString());
        Assert.Equal("wl@example.com", activity.From!.Properties!["userPrincipalName"].GetString());
        Assert.Equal("W/\"17\"", activity.Conversation!.Properties!["etag"].GetString());
    }

    [Fact]
    public void Known_fields_are_typed()
    {
        var activity = ActivityJson.Deserialize(Read("webchat-first-message.json"));

        Assert.True(activity.IsType(ActivityTypes.Message));
        Assert.Equal("1732264201234ab3cdef9", activity.ClientActivityId);
        Assert.Equal(TimeSpan.FromHours(8), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("ClientCapabilities", activity.Entities![0]["type"]!.GetValue<string>());
        Assert.Equal("用户", activity.From!.Name);
    }

    [Fact]
    public void Suggested_action_values_keep_their_json_shape()
    {
        var activity = ActivityJson.Deserialize(Read("bot-reply-hero-card-suggested-actions.json"));

        var actions = activity.SuggestedActions!.Actions;
        Assert.Equal("5", actions[0].Value!.GetValue<string>());
        Assert.True(actions[1].Value!["skip"]!.GetValue<bool>());
        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
        Assert.Equal("响应速度", activity.Attachments![0].Content!["title"]!.GetValue<string>());
    }

    [Fact]
    public void Timestamp_is_written_in_utc_with_z_and_nulls_are_omitted()
    {
        var activity = Activity.CreateMessage("hi");
        activity.Timestamp = new DateTimeOffset(2026, 11, 22, 16, 30, 0, 120, TimeSpan.FromHours(8));

        var json = JsonNode.Parse(ActivityJson.Serialize(activity))!.AsObject();

        Assert.Equal("2026-11-22T08:30:00.12Z", json["timestamp"]!.GetValue<string>());
        Assert.False(json.ContainsKey("id"));
        Assert.False(json.ContainsKey("from"));
        Assert.Equal("plain", json["textFormat"]!.GetValue<string>());
    }

    [Fact]
    public void Chinese_text_is_written_unescaped()
    {
        var json = ActivityJson.Serialize(Activity.CreateMessage("四分"));

        Assert.Contains("\"text\":\"四分\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Hero_card_attachment_serialises_as_the_card_content_type()
    {
        var card = new HeroCard { Title = "Rate us", Buttons = [CardAction.ImBack("5 stars", "5")] };
        var message = Activity.CreateMessage("How did we do?");
        message.Attachments = [Attachment.FromHeroCard(card)];

        var json = JsonNode.Parse(ActivityJson.Serialize(message))!;

        Assert.Equal(AttachmentContentTypes.HeroCard, json["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("5", json["attachments"]![0]!["content"]!["buttons"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Clone_is_independent_of_the_original()
    {
        var original = ActivityJson.Deserialize(Read("adaptive-card-submit-postback.json"));

        var copy = original.Clone();
        copy.Value!["rating"] = 5;

        Assert.Equal(2, original.Value!["rating"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"type\":")]
    [InlineData("{\"timestamp\":\"yesterday\"}")]
    public void Malformed_json_is_rejected_with_a_json_exception(string json)
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => ActivityJson.Deserialize(json));
    }

    private static string Read(string fileName) => File.ReadAllText(Path.Combine(RecordedFolder, fileName));
}
