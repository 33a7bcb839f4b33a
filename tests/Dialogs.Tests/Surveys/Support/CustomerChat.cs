using System.Text;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Domain.Conversations;
using Xunit.Abstractions;

namespace AfterSalesBot.Dialogs.Tests.Surveys.Support;

/// <summary>
/// One customer talking to the bot: each <see cref="SendAsync"/> goes through the real runner (inbound, state,
/// answers and replies committed together) and the exchange is written to the test output as a transcript.
/// </summary>
public sealed class CustomerChat(SurveyTestHost host, string conversationId, string locale, ITestOutputHelper? output)
{
    private int _sequence;

    public ConversationRef Conversation { get; } = new("test", conversationId);

    public string Locale { get; set; } = locale;

    /// <summary>The outcome of the last turn.</summary>
    public SurveyTurnOutcome? Last { get; private set; }

    /// <summary>The response the conversation is on (in progress, or the last one finished).</summary>
    public Guid? ResponseId => Last?.Result?.State.Survey?.ResponseId ?? Last?.Result?.State.Finished?.ResponseId ?? _lastResponse;

    private Guid? _lastResponse;

    /// <summary>Sends a message; <paramref name="activityId"/> reuses an id to simulate a redelivery.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(string text, string? activityId = null)
    {
        var activity = NewActivity(ActivityTypes.Message, activityId);
        activity.Text = text;
        output?.WriteLine($"customer: {Shorten(text)}");
        return await RunAsync(activity);
    }

    /// <summary>The customer opens the chat (conversationUpdate with the customer added).</summary>
    public async Task<IReadOnlyList<Activity>> JoinAsync()
    {
        var activity = NewActivity(ActivityTypes.ConversationUpdate, null);
        activity.MembersAdded = [new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = $"user-{conversationId}" }];
        output?.WriteLine("customer joins");
        return await RunAsync(activity);
    }

    /// <summary>Sends each message in turn and returns the replies to the last.</summary>
    public async Task<IReadOnlyList<Activity>> SendAllAsync(params string[] texts)
    {
        IReadOnlyList<Activity> replies = [];
        foreach (var text in texts)
        {
            replies = await SendAsync(text);
        }

        return replies;
    }

    private async Task<IReadOnlyList<Activity>> RunAsync(Activity activity)
    {
        Last = await host.Runner.RunAsync(
            Conversation, activity, Locale, new InboundActivity(ActivityJson.Serialize(activity), activity.Id), reply => reply, CancellationToken.None);
        _lastResponse = Last.Result?.State.Survey?.ResponseId ?? Last.Result?.State.Finished?.ResponseId ?? _lastResponse;
        var replies = Last.Result?.Replies ?? [];
        if (Last.Result is null)
        {
            output?.WriteLine($"   (redelivery: {Last.Commit.Outcome})");
        }

        foreach (var reply in replies)
        {
            output?.WriteLine($"bot: {Describe(reply)}");
        }

        return replies;
    }

    private Activity NewActivity(string type, string? activityId) => new()
    {
        Type = type,
        Id = activityId ?? $"{conversationId}-{++_sequence}",
        ChannelId = Conversation.ChannelId,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = $"user-{conversationId}", Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
        Locale = Locale,
        Timestamp = host.Clock.GetUtcNow(),
    };

    private static string Describe(Activity reply)
    {
        var text = new StringBuilder(reply.Text?.Replace("\n", " / ", StringComparison.Ordinal));
        if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            text.Append("  [").AppendJoin(" | ", actions.Select(a => a.Title)).Append(']');
        }

        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : $"{text[..60]}… ({text.Length} characters)";
}
