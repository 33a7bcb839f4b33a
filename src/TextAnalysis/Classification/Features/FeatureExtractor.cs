using System.Globalization;

namespace AfterSalesBot.TextAnalysis.Classification.Features;

/// <summary>
/// Turns text into hashed feature ids: character n-grams for CJK runs, words and word n-grams for
/// Latin-script runs, emoji and !/? as tokens of their own. Mixed text is split into runs, each
/// featurised by its own rule. Thread-safe; each caller passes its own <see cref="FeatureBuffer"/>.
/// </summary>
public sealed class FeatureExtractor
{
    private const uint SeedCjk = 0x2545F491;
    private const uint SeedWord = 0x9E3779B9;
    private const uint SeedSubword = 0x85EBCA6B;
    private const uint SeedNgram = 0xC2B2AE35;

    private readonly FeatureSettings _settings;
    private readonly uint _buckets;

    public FeatureExtractor(FeatureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        _settings = settings;
        _buckets = (uint)settings.Buckets;
    }

    public FeatureSettings Settings => _settings;

    /// <summary>Featurises <paramref name="text"/> into <paramref name="buffer"/> and returns the number of features.</summary>
    public int Extract(ReadOnlySpan<char> text, FeatureBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.Count = 0;
        var length = TextNormalizer.Normalize(text, ref buffer.Text);
        var s = buffer.Text.AsSpan(0, length);
        var tokenCount = 0;
        var i = 0;
        while (i < s.Length)
        {
            var kind = Classify(s, i, out var width);
            switch (kind)
            {
                case CharKind.Cjk:
                {
                    var start = i;
                    while (i < s.Length && Classify(s, i, out width) == CharKind.Cjk)
                    {
                        i += width;
                    }

                    AddCjkRun(s[start..i], buffer);
                    // A CJK run ends a sequence of Latin words: no word n-gram spans it.
                    AddWordNgrams(buffer, tokenCount);
                    tokenCount = 0;
                    break;
                }

                case CharKind.Word:
                {
                    var start = i;
                    while (i < s.Length)
                    {
                        var k = Classify(s, i, out width);
                        if (k == CharKind.Word || k == CharKind.Mark ||
                            (IsApostrophe(s[i]) && i + 1 < s.Length && Classify(s, i + 1, out _) == CharKind.Word))
                        {
                            i += width;
                            continue;
                        }

                        break;
                    }

                    var word = s[start..i];
                    buffer.AddToken(ref tokenCount, Fnv(word, SeedWord));
                    AddSubwords(word, buffer);
                    break;
                }

                case CharKind.Symbol:
                    buffer.AddToken(ref tokenCount, Fnv(s.Slice(i, width), SeedWord));
                    i += width;
                    break;

                default:
                    i += width;
                    break;
            }
        }

        AddWordNgrams(buffer, tokenCount);
        return buffer.Count;
    }

    private void AddCjkRun(ReadOnlySpan<char> run, FeatureBuffer buffer)
    {
        for (var n = _settings.CjkMinN; n <= _settings.CjkMaxN; n++)
        {
            for (var i = 0; i + n <= run.Length; i++)
            {
                buffer.Add(Bucket(Fnv(run.Slice(i, n), SeedCjk)));
            }
        }
    }

    private void AddSubwords(ReadOnlySpan<char> word, FeatureBuffer buffer)
    {
        var min = _settings.SubwordMinN;
        if (min == 0)
        {
            return;
        }

        // Boundary marks '<' and '>' as in fastText, so prefixes and suffixes are features of their own.
        var length = word.Length + 2;
        for (var n = min; n <= _settings.SubwordMaxN && n < length; n++)
        {
            for (var i = 0; i + n <= length; i++)
            {
                var h = 2166136261u ^ SeedSubword;
                for (var j = i; j < i + n; j++)
                {
                    var c = j == 0 ? '<' : j == length - 1 ? '>' : word[j - 1];
                    h = (h ^ c) * 16777619u;
                }

                buffer.Add(Bucket(h));
            }
        }
    }

    private void AddWordNgrams(FeatureBuffer buffer, int tokenCount)
    {
        var hashes = buffer.TokenHashes;
        for (var i = 0; i < tokenCount; i++)
        {
            buffer.Add(Bucket(hashes[i]));
            var h = hashes[i];
            for (var n = 2; n <= _settings.WordNgrams && i + n <= tokenCount; n++)
            {
                h = (h * 116049371u) + hashes[i + n - 1];
                buffer.Add(Bucket(h ^ (SeedNgram * (uint)n)));
            }
        }
    }

    private int Bucket(uint hash)
    {
        // murmur3 finaliser: spreads FNV's low bits before the modulo.
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        hash ^= hash >> 16;
        return (int)(hash % _buckets);
    }

    private static uint Fnv(ReadOnlySpan<char> s, uint seed)
    {
        var h = 2166136261u ^ seed;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private enum CharKind
    {
        Separator,
        Cjk,
        Word,
        Mark,
        Symbol,
    }

    private static CharKind Classify(ReadOnlySpan<char> s, int i, out int width)
    {
        var c = s[i];
        width = 1;
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            var cp = char.ConvertToUtf32(c, s[i + 1]);
            // Supplementary ideographs (extensions B and later) read as Chinese; everything else up there is emoji and pictographs.
            return cp is >= 0x20000 and <= 0x3FFFF ? CharKind.Cjk : CharKind.Symbol;
        }

        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) ? CharKind.Word : c is '!' or '?' ? CharKind.Symbol : CharKind.Separator;
        }

        if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3040' and <= '\u30FF') or
            (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u3131' and <= '\u318F'))
        {
            return CharKind.Cjk;
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
                UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
                UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharKind.Word,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Mark,
            UnicodeCategory.OtherSymbol => CharKind.Symbol,
            _ => CharKind.Separator,
        };
    }
}
