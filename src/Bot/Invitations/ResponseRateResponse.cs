using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>Response rate per survey × channel × month against the target (60 % by default).</summary>
public sealed record ResponseRateResponse(double Target, int Sent, int Responded, double? Rate, bool? MeetsTarget, IReadOnlyList<ResponseRateRow> Rows);
