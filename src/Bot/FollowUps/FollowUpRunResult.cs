namespace AfterSalesBot.Bot.FollowUps;

/// <summary>What one follow-up round did (call-backs from answers include ones that already existed).</summary>
public sealed record FollowUpRunResult(int CallbacksFromAnswers, int ChurnFlags, int VerificationSample);
