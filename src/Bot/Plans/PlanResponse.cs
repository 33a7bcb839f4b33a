using AfterSalesBot.Domain.Plans;

namespace AfterSalesBot.Bot.Plans;

/// <summary>A plan with its criterion in words, whether it is past its planned date, and the before/after verdict.</summary>
public sealed record PlanResponse(ImprovementPlan Plan, string Criterion, bool Overdue, PlanVerdict? Verdict);
