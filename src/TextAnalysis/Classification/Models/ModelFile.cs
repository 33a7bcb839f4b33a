using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using AfterSalesBot.TextAnalysis.Classification.Features;

namespace AfterSalesBot.TextAnalysis.Classification.Models;

/// <summary>
/// The binary model file: magic "ASBMODEL", format version, header (task, labels, feature settings,
/// fingerprint, temperature), the weight rows (float32, or int8 with a per-row scale when quantised),
/// and a 64-bit checksum of everything before it. Little-endian. Loading is one read and a few block copies.
/// </summary>
public static class ModelFile
{
    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "ASBMODEL"u8.ToArray();

    /// <summary>Writes the model atomically (temp file, then rename), so a crash never leaves half a model behind.</summary>
    public static void Save(LinearModel model, string path, bool quantize = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        var bytes = Serialize(model, quantize);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temp = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Serialises a model to bytes.</summary>
    public static byte[] Serialize(LinearModel model, bool quantize = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            var h = model.Header;
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(h.Task);
            w.Write(h.Fingerprint);
            w.Write(h.Labels.Count);
            foreach (var label in h.Labels)
            {
                w.Write(label);
            }

            var f = h.Features;
            w.Write(f.Buckets);
            w.Write(f.CjkMinN);
            w.Write(f.CjkMaxN);
            w.Write(f.WordNgrams);
            w.Write(f.SubwordMinN);
            w.Write(f.SubwordMaxN);
            w.Write(f.LengthNormalization);
            w.Write(h.Temperature);
            w.Write(quantize);
            w.Write(model.FeatureCount);
            w.Write(MemoryMarshal.AsBytes(model.Keys));
            w.Write(MemoryMarshal.AsBytes(model.Bias));
            if (quantize)
            {
                WriteQuantized(w, model.Weights, h.Labels.Count);
            }
            else
            {
                w.Write(MemoryMarshal.AsBytes(model.Weights));
            }
        }

        var checksum = Checksum(stream.GetBuffer().AsSpan(0, (int)stream.Length));
        Span<byte> tail = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(tail, checksum);
        stream.Write(tail);
        return stream.ToArray();
    }

    /// <summary>Loads a model; throws <see cref="ModelFormatException"/> with a message naming the file when it is not a valid model.</summary>
    public static LinearModel Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelFormatException($"Model file '{path}' does not exist.", e);
        }

        return Deserialize(bytes, path);
    }

    /// <summary>Parses model bytes; <paramref name="source"/> names them in error messages.</summary>
    public static LinearModel Deserialize(byte[] bytes, string source = "model")
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < Magic.Length + 12 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new ModelFormatException($"'{source}' is not an AfterSalesBot model file (it does not start with ASBMODEL).");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length));
        if (version != FormatVersion)
        {
            throw new ModelFormatException(
                $"'{source}' has model format version {version}; this build reads version {FormatVersion}. Retrain it with `aftersales train`.");
        }

        var body = bytes.AsSpan(0, bytes.Length - 8);
        var stored = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8));
        if (Checksum(body) != stored)
        {
            throw new ModelFormatException($"'{source}' is damaged: its checksum does not match (truncated or corrupted file). Retrain or copy it again.");
        }

        try
        {
            return Parse(bytes, body.Length);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or IOException or OverflowException)
        {
            throw new ModelFormatException($"'{source}' is damaged: {e.Message}", e);
        }
    }

    private static LinearModel Parse(byte[] bytes, int bodyLength)
    {
        using var stream = new MemoryStream(bytes, 0, bodyLength, writable: false);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        r.ReadBytes(Magic.Length);
        r.ReadInt32();
        var task = r.ReadString();
        var fingerprint = r.ReadString();
        var labelCount = r.ReadInt32();
        if (labelCount is < 2 or > 100_000)
        {
            throw new ArgumentException($"implausible label count {labelCount}");
        }

        var labels = new string[labelCount];
        for (var i = 0; i < labelCount; i++)
        {
            labels[i] = r.ReadString();
        }

        var features = new FeatureSettings
        {
            Buckets = r.ReadInt32(),
            CjkMinN = r.ReadInt32(),
            CjkMaxN = r.ReadInt32(),
            WordNgrams = r.ReadInt32(),
            SubwordMinN = r.ReadInt32(),
            SubwordMaxN = r.ReadInt32(),
            LengthNormalization = r.ReadDouble(),
        };
        features.Validate();
        var temperature = r.ReadSingle();
        var quantized = r.ReadBoolean();
        var count = r.ReadInt32();
        if (count < 0 || (long)count * labelCount * (quantized ? 1 : 4) > bodyLength)
        {
            throw new ArgumentException($"implausible feature count {count}");
        }

        // Every element is overwritten from the file: skip zeroing megabytes of large-object heap.
        var keys = GC.AllocateUninitializedArray<int>(count);
        ReadBlock(stream, MemoryMarshal.AsBytes(keys.AsSpan()));
        var bias = new float[labelCount];
        ReadBlock(stream, MemoryMarshal.AsBytes(bias.AsSpan()));
        var weights = GC.AllocateUninitializedArray<float>(count * labelCount);
        if (quantized)
        {
            ReadQuantized(r, weights, labelCount);
        }
        else
        {
            ReadBlock(stream, MemoryMarshal.AsBytes(weights.AsSpan()));
        }

        if (stream.Position != bodyLength)
        {
            throw new ArgumentException("unexpected bytes after the weights");
        }

        var header = new ModelHeader(task, labels, features, fingerprint, temperature);
        return new LinearModel(header, keys, weights, bias);
    }

    private static void ReadBlock(Stream stream, Span<byte> destination)
    {
        if (stream.Read(destination) != destination.Length)
        {
            throw new EndOfStreamException("the file ends inside the weights");
        }
    }

    private static void WriteQuantized(BinaryWriter w, ReadOnlySpan<float> weights, int k)
    {
        var row = new sbyte[k];
        for (var start = 0; start < weights.Length; start += k)
        {
            var max = 0f;
            foreach (var v in weights.Slice(start, k))
            {
                max = Math.Max(max, Math.Abs(v));
            }

            var scale = max / 127f;
            for (var j = 0; j < k; j++)
            {
                row[j] = scale == 0 ? (sbyte)0 : (sbyte)Math.Clamp(MathF.Round(weights[start + j] / scale), -127, 127);
            }

            w.Write(scale);
            w.Write(MemoryMarshal.AsBytes(row.AsSpan()));
        }
    }

    private static void ReadQuantized(BinaryReader r, float[] weights, int k)
    {
        var row = new sbyte[k];
        for (var start = 0; start < weights.Length; start += k)
        {
            var scale = r.ReadSingle();
            if (r.Read(MemoryMarshal.AsBytes(row.AsSpan())) != k)
            {
                throw new EndOfStreamException("the file ends inside the weights");
            }

            for (var j = 0; j < k; j++)
            {
                weights[start + j] = row[j] * scale;
            }
        }
    }

    // FNV-style 64-bit hash over 8-byte words: detects truncation and bit rot; not a security measure.
    private static ulong Checksum(ReadOnlySpan<byte> data)
    {
        var h = 14695981039346656037UL ^ (ulong)data.Length;
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (var word in words)
        {
            h = (h ^ word) * 1099511628211UL;
            h ^= h >> 29;
        }

        foreach (var b in data[(words.Length * 8)..])
        {
            h = (h ^ b) * 1099511628211UL;
        }

        return h;
    }
}
