using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>The signing keys one OpenID metadata document points to, with each key's channel endorsements.</summary>
/// <param name="Endorsements">Channel ids each key id may sign for (Bot Connector keys); absent for Azure AD keys.</param>
public sealed record SigningKeySet(
    IReadOnlyList<SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements,
    DateTimeOffset FetchedAt);
