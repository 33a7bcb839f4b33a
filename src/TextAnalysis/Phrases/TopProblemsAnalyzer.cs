namespace AfterSalesBot.TextAnalysis.Phrases;

/// <summary>
/// Ranks the problem categories of a set of tagged comments by count and, for each, picks typical cases
/// (confidently tagged, negative first) and key phrases: n-grams over-represented in the category's
/// comments against all the others (log-odds with a smoothing prior, as a z-score), in any language.
/// </summary>
public static class TopProblemsAnalyzer
{
    private const double Prior = 0.5;

    /// <summary>
    /// Key phrases per problem category for comments whose (corrected) category is already known, e.g. read back
    /// from storage for a report. Phrases depend only on the texts and their categories.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> KeyPhrasesByCategory(IEnumerable<(string Text, string Category)> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var tagged = comments
            .Select(c => new TaggedComment(c.Text, new Classification.Tagging.CommentTagResult(c.Category, 1, [], string.Empty, 1, 0, string.Empty, 1, string.Empty)))
            .ToList();
        return Analyze(tagged, new TopProblemsOptions { Top = int.MaxValue }).Problems
            .ToDictionary(p => p.Category, p => (IReadOnlyList<string>)p.KeyPhrases.Select(k => k.Text).ToList(), StringComparer.Ordinal);
    }

    public static TopProblemsReport Analyze(IReadOnlyList<TaggedComment> comments, TopProblemsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comments);
        options ??= new TopProblemsOptions();
        var candidates = comments.Select(c => PhraseCandidates.Of(c.Text)).ToArray();
        var totalCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in candidates)
        {
            foreach (var phrase in set)
            {
                totalCounts[phrase] = totalCounts.GetValueOrDefault(phrase) + 1;
            }
        }

        var groups = comments
            .Select((c, i) => (Comment: c, Index: i))
            .Where(x => !options.NotProblems.Contains(x.Comment.Tags.Category))
            .GroupBy(x => x.Comment.Tags.Category, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(options.Top);

        var problems = new List<ProblemSummary>();
        foreach (var group in groups)
        {
            var members = group.ToList();
            var cases = members
                .OrderByDescending(x => x.Comment.Tags.CategoryProbability * (x.Comment.Tags.Sentiment == "negative" ? 1.0 : 0.6))
                .ThenBy(x => x.Index)
                .Select(x => x.Comment.Text)
                .Distinct(StringComparer.Ordinal)
                .Take(options.CasesPerProblem)
                .ToList();
            var phrases = KeyPhrases(members.Select(x => candidates[x.Index]).ToList(), totalCounts, comments.Count, options);
            problems.Add(new ProblemSummary(group.Key, members.Count, comments.Count == 0 ? 0 : (double)members.Count / comments.Count, cases, phrases));
        }

        return new TopProblemsReport(comments.Count, problems);
    }

    private static List<KeyPhrase> KeyPhrases(List<HashSet<string>> inGroup, Dictionary<string, int> totalCounts, int total, TopProblemsOptions options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in inGroup)
        {
            foreach (var phrase in set)
            {
                counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
            }
        }

        double nIn = inGroup.Count, nOut = Math.Max(total - inGroup.Count, 0);
        var scored = new List<KeyPhrase>();
        foreach (var (phrase, count) in counts)
        {
            if (count < options.MinPhraseCount)
            {
                continue;
            }

            double a = count, b = totalCounts[phrase] - count;
            var logOddsIn = Math.Log((a + Prior) / (nIn - a + Prior));
            var logOddsOut = Math.Log((b + Prior) / (nOut - b + Prior));
            var variance = (1 / (a + Prior)) + (1 / (nIn - a + Prior)) + (1 / (b + Prior)) + (1 / (nOut - b + Prior));
            var z = (logOddsIn - logOddsOut) / Math.Sqrt(variance);
            if (z > 0)
            {
                scored.Add(new KeyPhrase(phrase, count, z));
            }
        }

        var result = new List<KeyPhrase>();
        foreach (var candidate in scored.OrderByDescending(p => p.Score).ThenByDescending(p => p.Text.Length).ThenBy(p => p.Text, StringComparer.Ordinal))
        {
            // A phrase inside (or around) one already chosen says the same thing again.
            if (result.Exists(r => r.Text.Contains(candidate.Text, StringComparison.Ordinal) || candidate.Text.Contains(r.Text, StringComparison.Ordinal)))
            {
                continue;
            }

            result.Add(candidate);
            if (result.Count == options.PhrasesPerProblem)
            {
                break;
            }
        }

        return result;
    }
}
