namespace AfterSalesBot.TextAnalysis.Recognizers.Numbers;

/// <summary>
/// Parses English number phrases over a word list: "one hundred and sixteen", "fifty two",
/// "two hundred point seventy-one", "two thirds", "five and a quarter", "a half", "negative one".
/// </summary>
internal sealed class EnglishNumberParser(string folded, List<WordSpan> words)
{
    private static readonly HashSet<string> PronounOneBefore = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "which", "each", "every", "any", "no", "another", "other", "first", "second", "last",
        "next", "previous", "right", "wrong", "good", "new", "old", "same", "only", "a", "one",
    };

    private enum Last { None, Unit, Tens, Hundred, Scale, Dozen }

    /// <summary>Parses a number phrase starting at word <paramref name="k"/>; returns it and the index of the next word.</summary>
    public (NumberToken Token, int Next)? Parse(int k)
    {
        var start = words[k].Start;
        var negative = false;
        var i = k;
        if (words[i].Text is "negative" or "minus" && i + 1 < words.Count && GapOk(i, i + 1))
        {
            negative = true;
            i++;
        }

        var w = words[i].Text;

        // "half", "a half", "half million", "a quarter".
        if (w is "half" || (w == "a" && i + 1 < words.Count && GapOk(i, i + 1) && EnglishNumberWords.Denominator(words[i + 1].Text) is > 0 and <= 10))
        {
            var hi = w == "a" ? i + 1 : i;
            var d = EnglishNumberWords.Denominator(words[hi].Text);
            var v = 1 / d;
            var next = hi + 1;
            if (next < words.Count && GapOk(hi, next) && EnglishNumberWords.Scales.TryGetValue(words[next].Text, out var sc))
            {
                v *= sc;
                next++;
            }

            return Make(start, words[next - 1].End, negative ? -v : v, "fraction", next);
        }

        var card = ParseCardinal(i);
        if (card is null)
        {
            return null;
        }

        var (after, value, used) = card.Value;

        // "one" as a pronoun: "the one you mentioned", "which one".
        if (used == 1 && words[i].Text == "one" && !negative && ((i > 0 && GapOk(i - 1, i) && PronounOneBefore.Contains(words[i - 1].Text)) || IsOneAlone(i)))
        {
            return null;
        }

        var end = words[after - 1].End;

        // Decimal: "point seventy-one", "point nought four".
        if (after + 1 < words.Count && words[after].Text == "point" && GapOk(after - 1, after) && GapOk(after, after + 1))
        {
            var digits = new System.Text.StringBuilder();
            var j = after + 1;
            while (j < words.Count && (j == after + 1 || GapOk(j - 1, j)) && ParseCardinal(j) is { } part && part.Value < 100 && digits.Length < 20)
            {
                digits.Append(part.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                end = words[part.Next - 1].End;
                j = part.Next;
            }

            if (digits.Length > 0)
            {
                var v = value + double.Parse("0." + digits, System.Globalization.CultureInfo.InvariantCulture);
                return Make(start, end, negative ? -v : v, NumberToken.SubtypeOf(v), j);
            }
        }

        // Fraction: "two thirds", "twenty fifths", "one eighth".
        if (after < words.Count && GapOk(after - 1, after) && EnglishNumberWords.Denominator(words[after].Text) is var den && den > 0
            && (value != 1 || !words[after].Text.EndsWith('s') || den == 2))
        {
            var v = value / den;
            return Make(start, words[after].End, negative ? -v : v, "fraction", after + 1, value, den);
        }

        // Mixed: "one and a half", "five and a quarter", "one hundred and three and two thirds".
        if (after + 2 < words.Count && words[after].Text == "and" && GapOk(after - 1, after) && GapOk(after, after + 1))
        {
            var j = after + 1;
            double numerator = 0;
            var numEnd = j;
            if (words[j].Text == "a")
            {
                numerator = 1;
                numEnd = j + 1;
            }
            else if (ParseCardinal(j) is { } n2)
            {
                numerator = n2.Value;
                numEnd = n2.Next;
            }

            if (numerator > 0 && numEnd < words.Count && GapOk(numEnd - 1, numEnd) && EnglishNumberWords.Denominator(words[numEnd].Text) is var d2 && d2 > 0)
            {
                var v = value + (numerator / d2);
                return Make(start, words[numEnd].End, negative ? -v : v, "fraction", numEnd + 1);
            }
        }

        return Make(start, end, negative ? -value : value, "integer", after);
    }

    /// <summary>Parses cardinal words; returns the next word index, the value and how many words were used.</summary>
    public (int Next, double Value, int Used)? ParseCardinal(int k)
    {
        double total = 0, current = 0;
        var last = Last.None;
        var i = k;
        var any = false;
        var lastGood = k;
        double lastGoodValue = 0;
        while (i < words.Count && i - k < 40)
        {
            if (i > k && !GapOk(i - 1, i))
            {
                break;
            }

            var w = words[i].Text;
            if (w == "and" && any && last is Last.Hundred or Last.Scale && i + 1 < words.Count && (EnglishNumberWords.Units.ContainsKey(words[i + 1].Text) || EnglishNumberWords.Tens.ContainsKey(words[i + 1].Text)))
            {
                i++;
                continue;
            }

            if (w == "a" && !any && i + 1 < words.Count && GapOk(i, i + 1) && (words[i + 1].Text is "hundred" or "dozen" || EnglishNumberWords.Scales.ContainsKey(words[i + 1].Text)))
            {
                current = 1;
                last = Last.Unit;
            }
            else if (EnglishNumberWords.Units.TryGetValue(w, out var u))
            {
                if (last is Last.Unit || (last is Last.Tens && u >= 10) || (last is Last.Tens && current % 10 != 0))
                {
                    break;
                }

                current += u;
                last = Last.Unit;
            }
            else if (EnglishNumberWords.Tens.TryGetValue(w, out var t))
            {
                if (last is Last.Unit or Last.Tens || current % 100 != 0)
                {
                    break;
                }

                current += t;
                last = Last.Tens;
            }
            else if (w == "hundred")
            {
                if (!any || last is Last.Hundred)
                {
                    break;
                }

                current = Math.Max(current, 1) * 100;
                last = Last.Hundred;
            }
            else if (EnglishNumberWords.Scales.TryGetValue(w, out var s))
            {
                if (!any)
                {
                    break;
                }

                total += Math.Max(current, 1) * s;
                current = 0;
                last = Last.Scale;
            }
            else if (w is "dozen" or "dozens" or "dozs")
            {
                if (!any)
                {
                    break;
                }

                current *= 12;
                last = Last.Dozen;
            }
            else
            {
                break;
            }

            any = true;
            i++;
            lastGood = i;
            lastGoodValue = total + current;
        }

        return any ? (lastGood, lastGoodValue, lastGood - k) : null;
    }

    /// <summary>Only spaces or a hyphen between two words.</summary>
    public bool GapOk(int a, int b)
    {
        var hyphens = 0;
        for (var p = words[a].End; p < words[b].Start; p++)
        {
            var c = folded[p];
            if (c == '-')
            {
                hyphens++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }

        return hyphens <= 1 && words[b].Start - words[a].End <= 6;
    }

    private bool IsOneAlone(int i) =>
        i + 1 < words.Count && GapOk(i, i + 1) && words[i + 1].Text is "you" or "is" or "of" or "that" or "which" or "who";

    private static (NumberToken, int) Make(int start, int end, double value, string subtype, int next, double? num = null, double? den = null) =>
        (new NumberToken(start, end, value, subtype) { Numerator = num, Denominator = den }, next);
}
