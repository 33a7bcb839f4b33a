using System.Globalization;
using System.Text;

namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>
/// Automatic grading from the rules: each matching rule may raise urgency (general → complex → urgent) and the
/// minimum escalation level; the reasons say which rule matched and why.
/// </summary>
public sealed class TicketGrader(TicketRules rules, TicketRouter router)
{
    /// <summary>Grades a complaint. <paramref name="earlierComplaints"/> counts the customer's tickets within the repeat window.</summary>
    public TicketGrade Grade(NewComplaint complaint, int earlierComplaints)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var grading = rules.Grading;
        var urgency = TicketText.ParseUrgency(grading.DefaultUrgency) ?? Urgency.General;
        var level = TicketGrade.MinLevel;
        var reasons = new List<string>();

        void Raise(RaiseRule rule, string reason)
        {
            var raised = TicketText.ParseUrgency(rule.Urgency) ?? Urgency.General;
            urgency = raised > urgency ? raised : urgency;
            level = Math.Max(level, rule.MinimumLevel);
            reasons.Add(reason);
        }

        var text = Normalize(complaint.Description);
        foreach (var rule in grading.KeywordRules)
        {
            var hit = rule.Words.FirstOrDefault(w => Contains(text, Normalize(w)));
            if (hit is not null)
            {
                Raise(rule, $"{rule.Name}: \"{hit}\"");
            }
        }

        if (grading.StrongAnger is { } anger && complaint.Emotion is { } emotion
            && anger.Emotions.Contains(emotion, StringComparer.OrdinalIgnoreCase)
            && (complaint.EmotionConfidence ?? 0) >= anger.MinimumConfidence)
        {
            Raise(anger, string.Create(CultureInfo.InvariantCulture, $"strong_anger: {emotion} {complaint.EmotionConfidence:0.00}"));
        }

        if (grading.RepeatComplaints is { } repeat && earlierComplaints >= repeat.AtLeast)
        {
            Raise(repeat, $"repeat_complaint: {earlierComplaints} earlier within {repeat.WithinDays} days");
        }

        if (complaint.CustomerTier is { } tier && grading.CustomerTiers.TryGetValue(tier, out var tierRule))
        {
            Raise(tierRule, $"customer_tier: {tier}");
        }

        if (grading.Complex is { } complex && urgency < Urgency.Complex)
        {
            var why = complex.Categories.Contains(complaint.Category, StringComparer.OrdinalIgnoreCase) ? $"category {complaint.Category}"
                : complex.Demands.Contains(complaint.Demand, StringComparer.OrdinalIgnoreCase) ? $"demand {complaint.Demand}"
                : complex.WhenSupportingDepartments && router.SupportingFor(complaint.Category).Count > 0 ? "cross-department"
                : null;
            if (why is not null)
            {
                urgency = Urgency.Complex;
                reasons.Add($"complex: {why}");
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add($"default: {TicketText.Urgency(urgency)}");
        }

        return new TicketGrade(urgency, level, reasons);
    }

    /// <summary>NFKC folds full-width letters to ASCII; lower case makes Latin matching case-blind.</summary>
    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private static bool Contains(string text, string word)
    {
        var isLatin = word.All(c => c < 128);
        if (!isLatin)
        {
            return text.Contains(word, StringComparison.Ordinal);
        }

        // Latin words must stand alone: "fire" in "the fire alarm", not in "firewall".
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]) || text[at - 1] > 127;
            var end = at + word.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]) || text[end] > 127;
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
