namespace AfterSalesBot.TextAnalysis.Recognizers.Numbers;

/// <summary>
/// Finds every number in a text: ASCII and full-width digits, Chinese numerals, English words; then joins
/// "4/5", "2 1/4", "1 over 3", "one out of three" into fractions and attaches signs.
/// </summary>
internal static class NumberScanner
{
    public static List<NumberToken> Scan(string original, string folded, bool rejectLetterSuffix = true)
    {
        var tokens = new List<NumberToken>();
        var n = folded.Length;
        var cn = new ChineseNumberParser(folded, original, rejectLetterSuffix);
        var words = WordSpan.Split(folded);
        var en = new EnglishNumberParser(folded, words);
        var wordIndex = 0;
        var i = 0;
        while (i < n)
        {
            var c = folded[i];
            var digitStart = TextFolding.IsAsciiDigit(c) || (c == '.' && i + 1 < n && TextFolding.IsAsciiDigit(folded[i + 1]) && (i == 0 || !TextFolding.IsAsciiDigit(folded[i - 1])));
            if (digitStart && i > 0 && TextFolding.IsAsciiLetter(folded[i - 1]))
            {
                // "W00", "x10", "a.4": digits glued after letters are a code, not a number.
                i++;
                while (i < n && (TextFolding.IsAsciiDigit(folded[i]) || TextFolding.IsAsciiLetter(folded[i])))
                {
                    i++;
                }

                continue;
            }

            if (digitStart || ChineseNumerals.IsNumeralStart(c) || ChineseNumerals.SmallUnit(c) > 0)
            {
                if (cn.Parse(i) is { } t && t.End > i)
                {
                    if (Keep(folded, t))
                    {
                        tokens.Add(t);
                    }

                    i = t.End;
                    continue;
                }

                if (digitStart)
                {
                    while (i < n && (TextFolding.IsAsciiDigit(folded[i]) || TextFolding.IsAsciiLetter(folded[i]) || folded[i] == '.'))
                    {
                        i++;
                    }

                    continue;
                }

                i++;
                continue;
            }

            if (TextFolding.IsAsciiLetter(c))
            {
                while (wordIndex < words.Count && words[wordIndex].End <= i)
                {
                    wordIndex++;
                }

                if (wordIndex < words.Count && words[wordIndex].Start == i)
                {
                    if (en.Parse(wordIndex) is { } parsed)
                    {
                        tokens.Add(parsed.Token);
                        i = parsed.Token.End;
                        continue;
                    }

                    i = words[wordIndex].End;
                    continue;
                }
            }

            i++;
        }

        JoinFractions(folded, tokens);
        AttachSigns(folded, tokens);
        AttachWords(folded, tokens);
        JoinWordFractions(folded, tokens);
        return tokens;
    }

    private static bool Keep(string folded, NumberToken t)
    {
        // Ordinals ("第三") belong to the ordinal recognizer.
        if (t.Start > 0 && folded[t.Start - 1] == '第')
        {
            return false;
        }

        foreach (var word in ChineseNumerals.NotNumbers)
        {
            var from = Math.Max(0, t.Start - word.Length + 1);
            var at = folded.IndexOf(word, from, Math.Min(folded.Length - from, word.Length * 2), StringComparison.Ordinal);
            if (at >= 0 && at <= t.Start && at + word.Length > t.Start)
            {
                return false;
            }
        }

        // Money has its own model upstream: "一美元", "两美刀".
        return !(t.End + 1 < folded.Length && folded[t.End] == '美' && folded[t.End + 1] is '元' or '刀' or '金');
    }

    /// <summary>"4/5" and "2 1/4".</summary>
    private static void JoinFractions(string folded, List<NumberToken> tokens)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var a = tokens[k];
            var b = tokens[k + 1];
            if (a.IsDigits && b.IsDigits && a.Subtype == "integer" && b.Subtype == "integer" && b.Start == a.End + 1 && folded[a.End] == '/' && b.Value != 0
                && !(b.End < folded.Length && folded[b.End] == '/'))
            {
                tokens[k] = new NumberToken(a.Start, b.End, a.Value / b.Value, "fraction") { Numerator = a.Value, Denominator = b.Value, IsDigits = true };
                tokens.RemoveAt(k + 1);
            }
        }

        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var a = tokens[k];
            var b = tokens[k + 1];
            if (a.IsDigits && a.Subtype == "integer" && b.IsDigits && b.Subtype == "fraction" && b.Numerator is not null && b.Start - a.End is >= 1 and <= 2 && IsBlank(folded, a.End, b.Start))
            {
                tokens[k] = new NumberToken(a.Start, b.End, a.Value + b.Value, "fraction") { IsDigits = true };
                tokens.RemoveAt(k + 1);
            }
        }
    }

    /// <summary>"-4/5", "- 10 k", "-.5"; not the dash of a range ("3-4") and not "--9".</summary>
    private static void AttachSigns(string folded, List<NumberToken> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.IsDigits || t.Start == 0)
            {
                continue;
            }

            var s = t.Start - 1;
            if (folded[s] == ' ' && s > 0 && folded[s - 1] == '-' && (s - 1 == 0 || folded[s - 2] == ' ') && (s - 1 == 0 || s - 2 == 0 || folded[s - 3] != '-'))
            {
                s--;
            }

            if (folded[s] is '-' or '+' && (s == 0 || (!TextFolding.IsAsciiDigit(folded[s - 1]) && !TextFolding.IsAsciiLetter(folded[s - 1]) && folded[s - 1] is not ('-' or '+' or '/'))))
            {
                var negative = folded[s] == '-';
                tokens[k] = t with { Start = s, Value = negative ? -t.Value : t.Value, Numerator = negative ? -t.Numerator : t.Numerator };
            }
        }
    }

    /// <summary>"1 trillion", "322 hundred", "minus 5": digits with an English scale after or a sign word before.</summary>
    private static void AttachWords(string folded, List<NumberToken> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.IsDigits || t.Subtype is "fraction" or "power")
            {
                continue;
            }

            var q = t.End;
            if (q < folded.Length && folded[q] == ' ')
            {
                var e = q + 1;
                while (e < folded.Length && TextFolding.IsAsciiLetter(folded[e]) && e - q < 12)
                {
                    e++;
                }

                var word = folded[(q + 1)..e];
                var scale = word == "hundred" ? 100 : EnglishNumberWords.Scales.GetValueOrDefault(word);
                if (scale > 0 && (e == folded.Length || !TextFolding.IsAsciiLetter(folded[e])))
                {
                    t = t with { End = e, Value = t.Value * scale, Subtype = NumberToken.SubtypeOf(t.Value * scale) };
                }
            }

            foreach (var sign in new[] { "minus ", "negative " })
            {
                var s = t.Start - sign.Length;
                if (s >= 0 && string.CompareOrdinal(folded, s, sign, 0, sign.Length) == 0 && (s == 0 || !TextFolding.IsAsciiLetter(folded[s - 1])) && t.Value > 0)
                {
                    t = t with { Start = s, Value = -t.Value };
                }
            }

            tokens[k] = t;
        }
    }

    /// <summary>"1 over 3", "one over twenty", "one out of three" (numerator not above denominator).</summary>
    private static void JoinWordFractions(string folded, List<NumberToken> tokens)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var a = tokens[k];
            var b = tokens[k + 1];
            if (a.Subtype != "integer" || b.Subtype != "integer" || b.Value == 0)
            {
                continue;
            }

            var gap = folded[a.End..b.Start].Trim();
            var join = gap switch
            {
                "over" => true,
                "out of" or "out  of" => a.Value <= b.Value,
                "in" => a.Value == 1 && b.Value > 1 && !b.IsDigits,
                _ => false,
            };
            if (join)
            {
                tokens[k] = new NumberToken(a.Start, b.End, a.Value / b.Value, "fraction") { Numerator = a.Value, Denominator = b.Value };
                tokens.RemoveAt(k + 1);
            }
        }
    }

    private static bool IsBlank(string s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (s[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
