namespace AfterSalesBot.TextAnalysis.Classification.Features;

/// <summary>
/// Reusable scratch space for featurising one text at a time. Holding one per thread keeps prediction
/// allocation-free once the arrays have grown to fit the longest text seen.
/// </summary>
public sealed class FeatureBuffer
{
    internal char[] Text = new char[256];
    internal int[] Ids = new int[512];
    internal uint[] TokenHashes = new uint[128];
    internal int Count;

    /// <summary>The hashed feature ids of the last text featurised (one entry per occurrence).</summary>
    public ReadOnlySpan<int> Features => Ids.AsSpan(0, Count);

    internal void Add(int id)
    {
        if (Count == Ids.Length)
        {
            Array.Resize(ref Ids, Ids.Length * 2);
        }

        Ids[Count++] = id;
    }

    internal void AddToken(ref int tokenCount, uint hash)
    {
        if (tokenCount == TokenHashes.Length)
        {
            Array.Resize(ref TokenHashes, TokenHashes.Length * 2);
        }

        TokenHashes[tokenCount++] = hash;
    }
}
