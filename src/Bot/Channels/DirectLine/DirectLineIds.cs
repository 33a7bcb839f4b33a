using System.Security.Cryptography;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>Random ids for conversations and anonymous users (unguessable: they are not secrets, but should not collide).</summary>
public static class DirectLineIds
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string NewConversationId() => RandomNumberGenerator.GetString(Alphabet, 22);

    /// <summary>A user id for a customer who brought none; the <c>dl_</c> prefix marks it as token-embedded.</summary>
    public static string NewUserId() => "dl_" + RandomNumberGenerator.GetString(Alphabet, 16);
}
