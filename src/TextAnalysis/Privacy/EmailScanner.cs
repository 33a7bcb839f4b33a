namespace AfterSalesBot.TextAnalysis.Privacy;

/// <summary>Finds an e-mail address that starts at a position: local part, '@', a domain with a dot and a letter TLD.</summary>
internal static class EmailScanner
{
    private const int MaxLocal = 64;
    private const int MaxDomain = 253;

    public static PersonalDataMatch? At(string text, int start)
    {
        if (!IsLocalChar(text[start]) || text[start] == '.' || (start > 0 && IsLocalChar(text[start - 1])))
        {
            return null;
        }

        var i = start;
        while (i < text.Length && i - start < MaxLocal && IsLocalChar(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '@' || i == start)
        {
            return null;
        }

        var domainStart = ++i;
        var lastDot = -1;
        while (i < text.Length && i - domainStart < MaxDomain && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '.'))
        {
            if (text[i] == '.')
            {
                if (i + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[i + 1]))
                {
                    break; // "a@b.com." — the sentence's full stop is not part of the address.
                }

                lastDot = i;
            }

            i++;
        }

        if (lastDot <= domainStart || i - lastDot - 1 < 2)
        {
            return null;
        }

        for (var t = lastDot + 1; t < i; t++)
        {
            if (!char.IsAsciiLetter(text[t]))
            {
                return null;
            }
        }

        return new PersonalDataMatch(PersonalDataKind.Email, start, i - start);
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
