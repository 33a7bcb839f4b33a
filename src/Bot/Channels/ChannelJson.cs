using System.Text.Json;
using AfterSalesBot.Dialogs.Activities;

namespace AfterSalesBot.Bot.Channels;

/// <summary>JSON for everything the channels put on the wire: the activity options (camelCase, nulls omitted).</summary>
public static class ChannelJson
{
    public static JsonSerializerOptions Options => ActivityJson.Options;
}
