namespace AfterSalesBot.Domain.Plans;

/// <summary>The survey a re-survey sends, and the language / time zone for customers whose service event named none.</summary>
public sealed record ResurveyDefaults(string SurveyId, string Locale, string TimeZone);
