using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>
/// The bot's Azure identity under the standard Bot Framework setting names (top level, as in every Bot
/// Framework sample: <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>,
/// <c>MicrosoftAppTenantId</c>). An empty app id is local development mode: unauthenticated calls are accepted.
/// </summary>
public sealed class MicrosoftAppOptions : IValidatableObject
{
    public string MicrosoftAppId { get; set; } = "";

    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>MultiTenant (default) or SingleTenant. Managed identities are not supported by this service.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    public string MicrosoftAppTenantId { get; set; } = "";

    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => MicrosoftAppType.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MicrosoftAppType.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) && !IsSingleTenant)
        {
            yield return new ValidationResult(
                $"MicrosoftAppType '{MicrosoftAppType}' is not supported: use MultiTenant or SingleTenant.", [nameof(MicrosoftAppType)]);
        }

        if (!IsDevelopmentMode && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult(
                "MicrosoftAppPassword is required when MicrosoftAppId is set (replies need a Bot Connector token).", [nameof(MicrosoftAppPassword)]);
        }

        if (IsSingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult(
                "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.", [nameof(MicrosoftAppTenantId)]);
        }
    }
}
