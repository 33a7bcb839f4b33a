namespace AfterSalesBot.Domain.Invitations;

/// <summary>Invitations sent and surveys completed from them, for one survey × channel × month.</summary>
public sealed record ResponseRateRow(string SurveyId, string Channel, string Period, int Sent, int Responded)
{
    /// <summary>Responded / sent, or null when nothing was sent.</summary>
    public double? Rate => Sent == 0 ? null : (double)Responded / Sent;
}
