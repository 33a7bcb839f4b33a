using System.Numerics;
using System.Runtime.InteropServices;

namespace AfterSalesBot.TextAnalysis.Classification.Models;

/// <summary>The few dense-vector loops training and prediction spend their time in, SIMD where the hardware has it.</summary>
internal static class VectorMath
{
    /// <summary>destination += source.</summary>
    public static void Add(Span<float> destination, ReadOnlySpan<float> source)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && destination.Length >= Vector<float>.Count)
        {
            var d = MemoryMarshal.Cast<float, Vector<float>>(destination);
            var s = MemoryMarshal.Cast<float, Vector<float>>(source);
            for (var v = 0; v < d.Length; v++)
            {
                d[v] += s[v];
            }

            i = d.Length * Vector<float>.Count;
        }

        for (; i < destination.Length; i++)
        {
            destination[i] += source[i];
        }
    }

    /// <summary>destination += a * source.</summary>
    public static void AddScaled(Span<float> destination, ReadOnlySpan<float> source, float a)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && destination.Length >= Vector<float>.Count)
        {
            var d = MemoryMarshal.Cast<float, Vector<float>>(destination);
            var s = MemoryMarshal.Cast<float, Vector<float>>(source);
            var va = new Vector<float>(a);
            for (var v = 0; v < d.Length; v++)
            {
                d[v] += va * s[v];
            }

            i = d.Length * Vector<float>.Count;
        }

        for (; i < destination.Length; i++)
        {
            destination[i] += a * source[i];
        }
    }

    /// <summary>Turns logits into probabilities in place (softmax at temperature <paramref name="temperature"/>); returns the arg-max.</summary>
    public static int Softmax(Span<float> values, float temperature)
    {
        var best = 0;
        var max = float.NegativeInfinity;
        for (var k = 0; k < values.Length; k++)
        {
            if (values[k] > max)
            {
                max = values[k];
                best = k;
            }
        }

        var inv = 1f / temperature;
        var sum = 0f;
        for (var k = 0; k < values.Length; k++)
        {
            var e = MathF.Exp((values[k] - max) * inv);
            values[k] = e;
            sum += e;
        }

        var norm = 1f / sum;
        for (var k = 0; k < values.Length; k++)
        {
            values[k] *= norm;
        }

        return best;
    }
}
