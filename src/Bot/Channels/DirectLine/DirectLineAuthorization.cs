namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>Turns the <c>Authorization: Bearer …</c> header (or the stream URL's <c>t</c>) into a caller.</summary>
public sealed class DirectLineAuthorization(DirectLineTokenService tokens)
{
    /// <summary>The caller, or null when the credential is missing, forged or expired.</summary>
    public Task<DirectLineCaller?> FromHeaderAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? FromCredentialAsync(header[scheme.Length..].Trim())
            : Task.FromResult<DirectLineCaller?>(null);
    }

    /// <summary>The caller a secret or token string stands for, or null.</summary>
    public async Task<DirectLineCaller?> FromCredentialAsync(string? credential)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return null;
        }

        if (tokens.IsSecret(credential))
        {
            return new DirectLineCaller(IsSecret: true, Token: null);
        }

        var token = await tokens.ValidateAsync(credential);
        return token is null ? null : new DirectLineCaller(IsSecret: false, token);
    }
}
