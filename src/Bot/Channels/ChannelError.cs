using System.Text.Json.Serialization;

namespace AfterSalesBot.Bot.Channels;

/// <summary>The Bot Framework error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ChannelError([property: JsonPropertyName("error")] ChannelErrorDetail Error)
{
    /// <summary>An HTTP result with <paramref name="status"/> and this error body.</summary>
    public static IResult Result(int status, string code, string message) =>
        Results.Json(new ChannelError(new ChannelErrorDetail(code, message)), ChannelJson.Options, statusCode: status);
}
