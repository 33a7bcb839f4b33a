using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: HMAC-signed JWTs bound to one conversation (<c>conv</c>) and one
/// user (<c>user</c>, the claim DirectLineJS reads to learn its user id), with an expiry from the injected clock.
/// </summary>
public sealed partial class DirectLineTokenService
{
    private const string Issuer = "aftersalesbot-directline";
    private const string Audience = "aftersalesbot-directline-client";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey _key;
    private readonly byte[] _secret;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTokenService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _lifetime = options.Value.TokenLifetime;
        _secret = Encoding.UTF8.GetBytes(options.Value.Secret);
        byte[] keyMaterial;
        if (_secret.Length == 0)
        {
            LogNoSecret(logger);
            keyMaterial = RandomNumberGenerator.GetBytes(32);
        }
        else
        {
            keyMaterial = HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, 32, salt: [], info: "AfterSalesBot Direct Line tokens"u8.ToArray());
        }

        _key = new SymmetricSecurityKey(keyMaterial);
    }

    /// <summary>The token lifetime in seconds, as reported in <c>expires_in</c>.</summary>
    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    /// <summary>True when <paramref name="candidate"/> is the configured secret (compared in constant time).</summary>
    public bool IsSecret(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return _secret.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _secret);
    }

    /// <summary>A fresh token for <paramref name="conversationId"/> and <paramref name="userId"/>.</summary>
    public string Issue(string conversationId, string userId)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + _lifetime,
            // jti makes every issued token distinct, so a refresh within the same second still yields a new token.
            Claims = new Dictionary<string, object>
            {
                [ConversationClaim] = conversationId,
                [UserClaim] = userId,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>The grant a token carries, or null when it is malformed, forged or expired.</summary>
    public async Task<DirectLineToken?> ValidateAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            LifetimeValidator = TokenLifetime.Against(_time, TimeSpan.FromSeconds(30)),
        });
        if (!result.IsValid
            || result.ClaimsIdentity.FindFirst(ConversationClaim)?.Value is not { Length: > 0 } conversationId
            || result.ClaimsIdentity.FindFirst(UserClaim)?.Value is not { Length: > 0 } userId)
        {
            return null;
        }

        var expires = result.SecurityToken.ValidTo;
        return new DirectLineToken(conversationId, userId, new DateTimeOffset(expires, TimeSpan.Zero));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DirectLine:Secret is empty: tokens are signed with a random per-process key (they do not survive a restart or work across instances) and secret-authorised calls such as tokens/generate are refused")]
    private static partial void LogNoSecret(ILogger logger);
}
