namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>Strong anger: the text analysis emotion is one of <see cref="Emotions"/> with confidence at least <see cref="MinimumConfidence"/>.</summary>
public sealed class AngerRule : RaiseRule
{
    public List<string> Emotions { get; set; } = [];

    public double MinimumConfidence { get; set; }
}
