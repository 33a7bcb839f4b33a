using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// Token lifetime checks against the injected clock. IdentityModel reads the system clock on its own, which
/// would make expiry untestable and bypass the ban on the ambient clock.
/// </summary>
public static class TokenLifetime
{
    public static LifetimeValidator Against(TimeProvider time, TimeSpan skew)
    {
        ArgumentNullException.ThrowIfNull(time);
        return (notBefore, expires, _, _) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return expires is { } end && now <= end + skew && (notBefore is not { } start || start - skew <= now);
        };
    }
}
