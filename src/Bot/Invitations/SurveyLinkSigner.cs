using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>
/// Personal survey links: the token carries the invitation id and an expiry, signed with HMAC-SHA256 under
/// Invitations:LinkSecret. The signature makes them unguessable and unforgeable; single use is enforced in the
/// database when the link is redeemed.
/// </summary>
public sealed partial class SurveyLinkSigner
{
    private const int PayloadLength = 16 + 8;
    private readonly byte[] _key;

    public SurveyLinkSigner(IOptions<InvitationOptions> options, ILogger<SurveyLinkSigner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var secret = options.Value.LinkSecret;
        if (string.IsNullOrEmpty(secret))
        {
            LogRandomKey(logger);
            _key = RandomNumberGenerator.GetBytes(32);
        }
        else
        {
            _key = SHA256.HashData(Encoding.UTF8.GetBytes("aftersales-survey-link:" + secret));
        }
    }

    /// <summary>The token for <paramref name="invitationId"/>, valid until <paramref name="expiresAt"/>.</summary>
    public string Create(Guid invitationId, DateTimeOffset expiresAt)
    {
        var payload = new byte[PayloadLength];
        invitationId.TryWriteBytes(payload.AsSpan(0, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(16), expiresAt.ToUnixTimeSeconds());
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>The invitation id when the token is genuine and not expired at <paramref name="now"/>; otherwise null with the reason.</summary>
    public (Guid? InvitationId, string? Problem) Verify(string? token, DateTimeOffset now)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0)
        {
            return (null, "malformed");
        }

        byte[] payload;
        byte[] signature;
        try
        {
            payload = WebEncoders.Base64UrlDecode(token[..dot]);
            signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return (null, "malformed");
        }

        if (payload.Length != PayloadLength || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
        {
            return (null, "invalid");
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16)));
        return expires <= now ? (null, "expired") : (new Guid(payload.AsSpan(0, 16)), null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invitations:LinkSecret is empty: survey links are signed with a random key and stop working when this process ends. Set it (the same on every instance).")]
    private static partial void LogRandomKey(ILogger logger);
}
