using System.Security.Cryptography;
using System.Text;

namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// Stable pseudonyms for staff ids in reports that leave the team (domain.md §5): "STAFF-" + the first 10 hex digits of
/// HMAC-SHA256(key, id). The same key gives the same pseudonym in every report; without the key it cannot be reversed
/// by trying the (few) staff ids.
/// </summary>
public sealed class StaffPseudonyms
{
    private readonly byte[] _key;

    /// <summary>Creates the mapping from a secret key (at least 16 bytes of UTF-8).</summary>
    public StaffPseudonyms(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _key = Encoding.UTF8.GetBytes(key);
        if (_key.Length < 16)
        {
            throw new ArgumentException("the pseudonym key must be at least 16 bytes long", nameof(key));
        }
    }

    /// <summary>The pseudonym of <paramref name="staffId"/>; the empty string (unknown) stays empty.</summary>
    public string Of(string staffId)
    {
        ArgumentNullException.ThrowIfNull(staffId);
        if (staffId.Length == 0)
        {
            return staffId;
        }

        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(staffId));
        return "STAFF-" + Convert.ToHexString(hash, 0, 5);
    }
}
