using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>
/// Fetches and caches the keys behind an OpenID metadata URL (metadata → <c>jwks_uri</c> → keys), keeping the
/// Bot Connector's extra <c>endorsements</c> per key. Keys are refetched after the refresh interval, and at once
/// (at most every 30 s, so forged kids cannot hammer the metadata host) when a token names an unknown kid.
/// </summary>
public sealed partial class SigningKeyCache(
    IHttpClientFactory httpClients,
    TimeProvider time,
    IOptions<BotFrameworkOptions> options,
    ILogger<SigningKeyCache> logger)
{
    public const string HttpClientName = "BotFramework.OpenId";
    private static readonly TimeSpan MinimumRefetchInterval = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, SigningKeySet> _sets = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _fetchLock = new(1, 1);

    /// <summary>The cached keys of <paramref name="metadataUrl"/>, fetched when missing or older than the refresh interval.</summary>
    public async Task<SigningKeySet> GetAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        if (_sets.TryGetValue(metadataUrl, out var set) && time.GetUtcNow() - set.FetchedAt < options.Value.SigningKeyRefreshInterval)
        {
            return set;
        }

        return await FetchAsync(metadataUrl, set, cancellationToken);
    }

    /// <summary>Refetches because a token named a key id the cache does not hold (key rotation).</summary>
    public async Task<SigningKeySet> RefreshForUnknownKeyAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        if (_sets.TryGetValue(metadataUrl, out var set) && time.GetUtcNow() - set.FetchedAt < MinimumRefetchInterval)
        {
            return set;
        }

        return await FetchAsync(metadataUrl, set, cancellationToken);
    }

    private async Task<SigningKeySet> FetchAsync(string metadataUrl, SigningKeySet? stale, CancellationToken cancellationToken)
    {
        await _fetchLock.WaitAsync(cancellationToken);
        try
        {
            if (_sets.TryGetValue(metadataUrl, out var current) && !ReferenceEquals(current, stale))
            {
                return current;
            }

            var client = httpClients.CreateClient(HttpClientName);
            using var metadata = JsonDocument.Parse(await client.GetStringAsync(metadataUrl, cancellationToken));
            var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
                ?? throw new InvalidOperationException($"{metadataUrl} names no jwks_uri.");
            var jwks = await client.GetStringAsync(jwksUri, cancellationToken);
            var fresh = Parse(jwks, time.GetUtcNow());
            _sets[metadataUrl] = fresh;
            LogFetched(fresh.Keys.Count, metadataUrl);
            return fresh;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or KeyNotFoundException && stale is not null)
        {
            // Keep validating with the keys we had rather than refusing every channel while the metadata host is down.
            LogFetchFailed(exception, metadataUrl);
            return stale!;
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    private static SigningKeySet Parse(string jwks, DateTimeOffset fetchedAt)
    {
        var keys = new JsonWebKeySet(jwks).GetSigningKeys().ToList();
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } keyId
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[keyId] = [.. list.EnumerateArray().Select(item => item.GetString() ?? "")];
            }
        }

        return new SigningKeySet(keys, endorsements, fetchedAt);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {Count} signing keys from {MetadataUrl}")]
    private partial void LogFetched(int count, string metadataUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing signing keys from {MetadataUrl} failed; keeping the previous keys")]
    private partial void LogFetchFailed(Exception exception, string metadataUrl);
}
