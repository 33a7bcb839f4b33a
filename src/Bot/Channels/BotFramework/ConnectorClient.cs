using System.Net;
using System.Net.Http.Headers;
using AfterSalesBot.Dialogs.Activities;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>
/// Sends replies through the Bot Connector REST API v3:
/// <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c> (ReplyToActivity), or
/// <c>…/activities</c> when the reply answers nothing. Bearer token from <see cref="ConnectorTokenProvider"/>,
/// retries with exponential backoff on 429 and 5xx, and only to allow-listed serviceUrls.
/// </summary>
public sealed class ConnectorClient
{
    public const string HttpClientName = "BotFramework.Connector";

    private readonly IHttpClientFactory _httpClients;
    private readonly ConnectorTokenProvider _tokens;
    private readonly ServiceUrlAllowList _allowList;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public ConnectorClient(
        IHttpClientFactory httpClients,
        ConnectorTokenProvider tokens,
        ServiceUrlAllowList allowList,
        TimeProvider time,
        IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClients = httpClients;
        _tokens = tokens;
        _allowList = allowList;
        var settings = options.Value;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (settings.ConnectorMaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.ConnectorMaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.ConnectorRetryDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(response => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500),
                DelayGenerator = arguments => ValueTask.FromResult(arguments.Outcome.Result?.Headers.RetryAfter?.Delta),
            });
        }

        _retry = builder.Build();
    }

    /// <summary>Posts <paramref name="reply"/> to its serviceUrl and returns the id the channel gave it.</summary>
    /// <exception cref="ConnectorException">The serviceUrl is not allowed, or the Connector kept failing.</exception>
    public async Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!_allowList.IsAllowed(reply.ServiceUrl))
        {
            throw new ConnectorException($"serviceUrl '{reply.ServiceUrl}' is not in BotFramework:AllowedServiceUrls.");
        }

        var conversationId = reply.Conversation?.Id ?? throw new ConnectorException("The reply names no conversation.");
        var url = $"{reply.ServiceUrl!.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(reply.ReplyToId))
        {
            url += "/" + Uri.EscapeDataString(reply.ReplyToId);
        }

        var body = ActivityJson.SerializeToUtf8Bytes(reply);
        var client = _httpClients.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await _retry.ExecuteAsync(
                async token =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    if (await _tokens.GetTokenAsync(token) is { } bearer)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                    }

                    var sent = await client.SendAsync(request, token);
                    if (sent.StatusCode == HttpStatusCode.Unauthorized)
                    {
                        _tokens.Invalidate();
                    }

                    return sent;
                },
                cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ConnectorException($"POST {url} failed: {exception.Message}", exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new ConnectorException($"POST {url} answered {(int)response.StatusCode}.");
            }

            var resource = response.Content.Headers.ContentLength is 0
                ? null
                : await response.Content.ReadFromJsonAsync<ConnectorResourceResponse>(cancellationToken);
            return resource?.Id;
        }
    }

    private sealed record ConnectorResourceResponse(string? Id);
}
