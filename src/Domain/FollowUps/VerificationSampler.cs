namespace AfterSalesBot.Domain.FollowUps;

/// <summary>
/// The monthly random sample of responses for verification calls (domain.md §3: 10 %). Reproducible: the same
/// responses, month and seed always give the same sample, whatever order the database returned them in.
/// </summary>
public static class VerificationSampler
{
    /// <summary>ceil(<paramref name="fraction"/> × count) responses, drawn with a seeded shuffle of the sorted ids.</summary>
    public static IReadOnlyList<Guid> Draw(IReadOnlyCollection<Guid> responseIds, int seed, double fraction = 0.10)
    {
        ArgumentNullException.ThrowIfNull(responseIds);
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        var ids = responseIds.Distinct().OrderBy(id => id).ToArray();
        var take = (int)Math.Ceiling(ids.Length * Math.Min(fraction, 1.0));
        var random = new Random(seed);
        // Partial Fisher–Yates: the first `take` positions are a uniform sample.
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, ids.Length);
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }

        return [.. ids.Take(take).OrderBy(id => id)];
    }

    /// <summary>The default seed of a month ("2026-03" → 202603), so a sample can be redrawn without having noted the seed.</summary>
    public static int DefaultSeed(string month) => int.Parse(month.Replace("-", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
