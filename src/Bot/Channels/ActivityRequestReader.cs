using System.Text.Json;
using AfterSalesBot.Dialogs.Activities;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// Reads an activity from a request body with a size limit. Everything a client can get wrong ends in a
/// 4xx result (never an exception), before anything is recorded.
/// </summary>
public static class ActivityRequestReader
{
    /// <summary>The activity, or the error result to return instead.</summary>
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(
        HttpRequest request,
        int maxBytes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, ChannelError.Result(StatusCodes.Status400BadRequest, "MissingActivity", "The request body holds no activity."));
        }

        try
        {
            var activity = ActivityJson.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            if (string.IsNullOrWhiteSpace(activity.Type))
            {
                return (null, ChannelError.Result(StatusCodes.Status400BadRequest, "BadArgument", "The activity has no type."));
            }

            return KnownActivityTypes.Contains(activity.Type)
                ? (activity, null)
                : (null, ChannelError.Result(StatusCodes.Status400BadRequest, "BadArgument", $"Unknown activity type '{activity.Type}'."));
        }
        catch (JsonException exception)
        {
            return (null, ChannelError.Result(StatusCodes.Status400BadRequest, "BadSyntax", $"The body is not an activity: {exception.Message}"));
        }
    }

    private static IResult TooLarge(int maxBytes) =>
        ChannelError.Result(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"Activities are limited to {maxBytes} bytes.");
}
