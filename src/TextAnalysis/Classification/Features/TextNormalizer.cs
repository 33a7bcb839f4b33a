using System.Buffers;
using System.Text;

namespace AfterSalesBot.TextAnalysis.Classification.Features;

/// <summary>
/// Unicode NFKC (which also turns full-width forms into ASCII), then lower case. Writes into a caller's
/// buffer so the prediction path does not allocate.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="text"/> into <paramref name="buffer"/> (grown when too small) and returns the length written.</summary>
    public static int Normalize(ReadOnlySpan<char> text, ref char[] buffer)
    {
        EnsureCapacity(ref buffer, text.Length);
        var length = FoldWidth(text, buffer);
        var folded = buffer.AsSpan(0, length);

        if (!IsPlainlyNormalized(folded) && !folded.IsNormalized(NormalizationForm.FormKC))
        {
            // Compatibility decomposition can expand (ligatures, squared words); NFKC output is bounded
            // by 18x the input in Unicode's worst case, but 4x covers real text, and the slow path handles the rest.
            var scratch = ArrayPool<char>.Shared.Rent(Math.Max(16, length * 4));
            try
            {
                if (folded.TryNormalize(scratch, out var written, NormalizationForm.FormKC))
                {
                    EnsureCapacity(ref buffer, written);
                    scratch.AsSpan(0, written).CopyTo(buffer);
                    length = written;
                }
                else
                {
                    var normalized = new string(folded).Normalize(NormalizationForm.FormKC);
                    EnsureCapacity(ref buffer, normalized.Length);
                    normalized.CopyTo(buffer);
                    length = normalized.Length;
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(scratch);
            }
        }

        var span = buffer.AsSpan(0, length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c < 128)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    span[i] = (char)(c | 0x20);
                }
            }
            else if (!char.IsSurrogate(c))
            {
                span[i] = char.ToLowerInvariant(c);
            }
        }

        return length;
    }

    /// <summary>Normalises to a new string (for display, tests and key phrases; not the hot path).</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[text.Length + 16];
        var length = Normalize(text, ref buffer);
        return new string(buffer, 0, length);
    }

    // Full-width ASCII and the ideographic space are by far the commonest compatibility characters in
    // Chinese comments; folding them first lets most Chinese text skip the general NFKC pass.
    private static int FoldWidth(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            destination[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            };
        }

        return text.Length;
    }

    // The runtime's IsNormalized goes to ICU and allocates for any non-ASCII text, so the characters that
    // make up nearly all real comments and are known NFKC-stable are recognised here first: ASCII, Latin-1
    // letters, CJK ideographs, kana, hangul syllables, common CJK punctuation, quotes, and emoji (planes
    // 1F000-1FBFF, with their ZWJ and variation selector). Anything else goes to the full check.
    private static bool IsPlainlyNormalized(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80 || c is (>= '\u00C0' and <= '\u00FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or
                (>= '\u3001' and <= '\u3035') or (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or '\u30FC' or
                (>= '\uAC00' and <= '\uD7A3') or (>= '\u2018' and <= '\u201D') or '\u200D' or '\uFE0F')
            {
                continue;
            }

            if (c is >= '\uD83C' and <= '\uD83E' && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    private static void EnsureCapacity(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }
    }
}
