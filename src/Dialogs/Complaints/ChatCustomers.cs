using System.Security.Cryptography;
using System.Text;

namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>
/// The pseudonymous customer id of a chat user: a hash of channel and user id, so a ticket never carries the
/// channel's account id and "my tickets" finds exactly the tickets this user filed on this channel.
/// </summary>
public static class ChatCustomers
{
    public static string IdFor(string channelId, string userId)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(userId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}\n{userId}"));
        return $"CHAT-{Convert.ToHexString(hash, 0, 10)}";
    }
}
