using System.Text;

namespace AfterSalesBot.TextAnalysis.Privacy;

/// <summary>
/// Finds and masks personal data in customer free text: phone numbers, e-mail addresses, PRC ID numbers, passport-like
/// numbers, bank card numbers, and names next to a form of address. Hand-written scanners instead of regular
/// expressions: every scanner looks a bounded distance around its position, so time is linear in the text length
/// whatever the input (no backtracking), and the class holds no state (safe from any thread).
/// </summary>
/// <remarks>
/// How values are masked: numbers keep their last 4 digits (a call-back needs no more, domain.md §2), separators stay;
/// e-mail keeps the first character of the local part and the domain; English names keep the initial
/// ("Ms. Wang" → "Ms. W*", domain.md §2); Chinese names keep the surname and mask the given name one '*' per
/// character ("王小明先生" → "王**先生"). "王女士" (surname only) is left as it is: it carries the same information as
/// "Ms. W*". Not masked: phone numbers without an area code (7–8 digits look like order numbers), names without a
/// form of address, addresses.
/// </remarks>
public static class PersonalDataMasker
{
    /// <summary>Masks <paramref name="text"/>; returns it unchanged (same instance) with no findings when nothing is personal.</summary>
    public static MaskedText Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Find(text);
        if (found.Count == 0)
        {
            return new MaskedText(text, found);
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var match in found)
        {
            builder.Append(text, position, match.Start - position);
            AppendMasked(builder, text.AsSpan(match.Start, match.Length), match.Kind);
            position = match.Start + match.Length;
        }

        builder.Append(text, position, text.Length - position);
        return new MaskedText(builder.ToString(), found);
    }

    /// <summary>The personal data in <paramref name="text"/>, in text order, never overlapping.</summary>
    public static IReadOnlyList<PersonalDataMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<PersonalDataMatch>();
        var i = 0;
        while (i < text.Length)
        {
            var match = EmailScanner.At(text, i)
                ?? NumberScanner.At(text, i)
                ?? NameScanner.At(text, i);
            if (match is null)
            {
                i++;
                continue;
            }

            // An e-mail is found from its start, which can lie behind an earlier finding only if that finding ended inside it.
            if (result.Count > 0 && result[^1].Start + result[^1].Length > match.Start)
            {
                i++;
                continue;
            }

            result.Add(match);
            i = Math.Max(i + 1, match.Start + match.Length);
        }

        return result;
    }

    private static void AppendMasked(StringBuilder builder, ReadOnlySpan<char> value, PersonalDataKind kind)
    {
        switch (kind)
        {
            case PersonalDataKind.Email:
                var at = value.IndexOf('@');
                builder.Append(value[0]).Append('*', Math.Max(at - 1, 1)).Append(value[at..]);
                break;
            case PersonalDataKind.Name:
                NameScanner.AppendMasked(builder, value);
                break;
            default:
                AppendKeepingLastDigits(builder, value, 4);
                break;
        }
    }

    private static void AppendKeepingLastDigits(StringBuilder builder, ReadOnlySpan<char> value, int keep)
    {
        var alphanumerics = 0;
        foreach (var c in value)
        {
            alphanumerics += char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        }

        var seen = 0;
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
                continue;
            }

            seen++;
            builder.Append(seen > alphanumerics - keep ? c : '*');
        }
    }
}
