using System.Security.Cryptography;
using System.Text;

namespace AfterSalesBot.Domain.Security;

/// <summary>Creates API keys and the hash that is stored instead of them.</summary>
public static class ApiKeys
{
    /// <summary>Keys start with this, so a leaked key is recognisable in logs and by secret scanners.</summary>
    public const string Prefix = "asb_";

    /// <summary>A new random key: the prefix and 32 random bytes, base64url (256 bits; no need for a slow hash).</summary>
    public static string Generate()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        return Prefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>SHA-256 of the key as lower-case hex: what the api_keys table stores and looks keys up by.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
