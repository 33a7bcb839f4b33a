namespace AfterSalesBot.TextAnalysis.Recognizers.Numbers;

/// <summary>
/// Parses a Chinese number at a position: numerals in every script mixed with ASCII digits ("5万4千",
/// "一千零一", "两百", "十多万"), decimals with 点, dozens with 打, fractions "五分之一", "3又一千分之23",
/// and the sign 负. A single left-to-right pass over the characters; no regex, no backtracking.
/// </summary>
internal sealed class ChineseNumberParser(string folded, string original, bool rejectLetterSuffix)
{
    private readonly int _n = folded.Length;

    /// <summary>Parses the longest number starting at <paramref name="start"/>; null when there is none.</summary>
    public NumberToken? Parse(int start)
    {
        var p = start;
        var negative = false;
        if (ChineseNumerals.IsNegative(folded[p]))
        {
            negative = true;
            p++;
            if (p >= _n)
            {
                return null;
            }
        }

        // "百分之五十" is a percentage: the number is what follows.
        if (!negative && folded[p] is '百' or '佰' && SkipSpaces(p + 1) is var f && f < _n && folded[f] == '分' && SkipSpaces(f + 1) is var z && z < _n && folded[z] == '之')
        {
            return null;
        }

        var whole = ParseInteger(p);
        if (whole is null)
        {
            return null;
        }

        var (end, value, single) = whole.Value;

        // Fraction "A分之B" and mixed "X又A分之B".
        var frac = TryFraction(end, value);
        if (frac is { } fr)
        {
            return Sign(new NumberToken(start, fr.End, fr.Value, "fraction") { Numerator = fr.Num, Denominator = value }, negative);
        }

        var q = SkipSpaces(end);
        if (q < _n && folded[q] == '又' && ParseInteger(SkipSpaces(q + 1)) is { } a && TryFraction(a.End, a.Value) is { } mixed)
        {
            return Sign(new NumberToken(start, mixed.End, value + mixed.Value, "fraction"), negative);
        }

        if (single is { } arabic)
        {
            return Sign(arabic with { Start = start }, negative);
        }

        // Decimal part "点五", "点零五零" (两 is not a decimal digit: "两百点两" is two numbers).
        if (end + 1 < _n && folded[end] is '点' or '點' && ChineseNumerals.Digit(folded[end + 1]) >= 0 && folded[end + 1] is not ('两' or '兩'))
        {
            var d = end + 1;
            var digits = new System.Text.StringBuilder("0.");
            while (d < _n && ChineseNumerals.Digit(folded[d]) is var dv && dv >= 0 && folded[d] is not ('两' or '兩') && d - end < 20)
            {
                digits.Append((char)('0' + dv));
                d++;
            }

            value += double.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture);
            return Sign(new NumberToken(start, d, value, NumberToken.SubtypeOf(value)), negative);
        }

        // Dozens: "一打", "五十打".
        if (end < _n && folded[end] == '打')
        {
            return Sign(new NumberToken(start, end + 1, value * 12, "integer"), negative);
        }

        return Sign(new NumberToken(start, end, value, NumberToken.SubtypeOf(value)), negative);
    }

    private static NumberToken Sign(NumberToken t, bool negative) => negative ? t with { Value = -t.Value, Numerator = -t.Numerator } : t;

    private (int End, double Value, double Num)? TryFraction(int end, double denominator)
    {
        var f = SkipSpaces(end);
        if (f >= _n || folded[f] != '分')
        {
            return null;
        }

        var z = SkipSpaces(f + 1);
        if (z >= _n || folded[z] != '之')
        {
            return null;
        }

        var b = SkipSpaces(z + 1);
        if (b >= _n)
        {
            return null;
        }

        var neg = false;
        if (ChineseNumerals.IsNegative(folded[b]))
        {
            neg = true;
            b++;
        }

        if (b >= _n || ParseInteger(b) is not { } num || denominator == 0)
        {
            return null;
        }

        var numerator = neg ? -num.Value : num.Value;

        // Decimal numerator "百分之五十五点五七九".
        var e = num.End;
        if (e + 1 < _n && folded[e] is '点' or '點' && ChineseNumerals.Digit(folded[e + 1]) >= 0)
        {
            var digits = new System.Text.StringBuilder("0.");
            e++;
            while (e < _n && ChineseNumerals.Digit(folded[e]) is var dv && dv >= 0 && digits.Length < 20)
            {
                digits.Append((char)('0' + dv));
                e++;
            }

            numerator += (neg ? -1 : 1) * double.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return (e, numerator / denominator, numerator);
    }

    private char CharAt(int p) => p < _n ? folded[p] : '\0';

    private int SkipSpaces(int p)
    {
        var q = p;
        while (q < _n && folded[q] == ' ' && q - p < 3)
        {
            q++;
        }

        return q;
    }

    /// <summary>
    /// The integer (or ASCII decimal) part. Returns the end (exclusive), the value, and the ASCII token
    /// when the number was nothing but ASCII digits (so its subtype and suffixes survive).
    /// </summary>
    private (int End, double Value, NumberToken? Single)? ParseInteger(int start)
    {
        double total = 0, section = 0, lastUnit = 0, lastBig = 0, sectionSmall = 0;
        double? num = null;
        var singleCnDigit = false;
        var zeroAfterUnit = false;
        var fuzzy = false;
        var prevDigit = false;
        var prevDigitWasCn = false;
        var any = false;
        var atoms = 0;
        NumberToken? arabic = null;
        var end = start;
        var p = start;

        while (p < _n && atoms < 64)
        {
            var q = any ? SkipSpaces(p) : p;
            if (q >= _n)
            {
                break;
            }

            var spaced = q > p;
            var c = folded[q];
            var cd = ChineseNumerals.Digit(c);
            if (TextFolding.IsAsciiDigit(c) || (c == '.' && q + 1 < _n && TextFolding.IsAsciiDigit(folded[q + 1])))
            {
                if (prevDigit)
                {
                    break;
                }

                var t = ArabicNumberReader.Read(folded, original, q, rejectLetterSuffix);
                if (t is null)
                {
                    break;
                }

                if (t.Value.Subtype == "power" && !any)
                {
                    return (t.Value.End, t.Value.Value, t.Value);
                }

                num = t.Value.Value;
                arabic = any ? null : t;
                singleCnDigit = false;
                prevDigit = true;
                prevDigitWasCn = false;
                end = t.Value.End;
            }
            else if (cd >= 0)
            {
                if (prevDigit)
                {
                    // Digit strings "二零一七", "九九" read digit by digit; never across a space or after ASCII digits.
                    if (spaced || !prevDigitWasCn || num is null)
                    {
                        break;
                    }

                    num = (num * 10) + cd;
                    singleCnDigit = false;
                }
                else if (cd == 0 && any)
                {
                    zeroAfterUnit = true;
                    end = q + 1;
                    p = q + 1;
                    atoms++;
                    continue;
                }
                else
                {
                    num = cd;
                    singleCnDigit = true;
                }

                arabic = null;
                prevDigit = true;
                prevDigitWasCn = true;
                end = q + 1;
            }
            else if (ChineseNumerals.SmallUnit(c) is var u && u > 0)
            {
                if (num is null)
                {
                    // A bare 十/百 means one of it at the start or after 零 ("十二", "百三", "一万零十二").
                    if (any && !zeroAfterUnit && !(lastUnit > u && sectionSmall == 0))
                    {
                        break;
                    }

                    num = 1;
                }

                if (sectionSmall != 0 && u >= sectionSmall)
                {
                    break;
                }

                section += num.Value * u;
                num = null;
                lastUnit = u;
                sectionSmall = u;
                zeroAfterUnit = false;
                singleCnDigit = false;
                prevDigit = false;
                arabic = null;
                end = q + 1;
            }
            else if (ChineseNumerals.BigUnit(c) is var big && big > 0)
            {
                var s = section + (num ?? 0);
                if (s == 0 && total == 0)
                {
                    break;
                }

                total = total > 0 && lastBig <= big ? (total + s) * big : total + (s * big);
                section = 0;
                num = null;
                lastBig = big;
                lastUnit = big;
                sectionSmall = 0;
                zeroAfterUnit = false;
                singleCnDigit = false;
                prevDigit = false;
                arabic = null;
                end = q + 1;
            }
            else if (ChineseNumerals.IsFuzzy(c) && any && q + 1 < _n && (ChineseNumerals.BigUnit(CharAt(SkipSpaces(q + 1))) > 0 || ChineseNumerals.SmallUnit(CharAt(SkipSpaces(q + 1))) > 0))
            {
                fuzzy = true;
                prevDigit = false;
                end = q + 1;
            }
            else if (c == '半' && !any && q + 1 < _n && ChineseNumerals.SmallUnit(folded[q + 1]) > 0)
            {
                num = 0.5;
                end = q + 1;
            }
            else
            {
                break;
            }

            any = true;
            atoms++;
            p = end;
        }

        if (!any)
        {
            return null;
        }

        if (num is { } last)
        {
            // "一千六" is 1600 and "九万四" 94000: a lone digit after a unit counts in the next unit down.
            section += singleCnDigit && !zeroAfterUnit && !fuzzy && lastUnit >= 10 ? last * (lastUnit / 10) : last;
        }

        var value = total + section;
        return (end, value, arabic is { } a && a.End == end ? a : null);
    }
}
