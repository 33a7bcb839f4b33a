using AfterSalesBot.Bot.Alerts;
using AfterSalesBot.Bot.FollowUps;
using AfterSalesBot.Bot.Plans;
using AfterSalesBot.Bot.Retention;
using AfterSalesBot.Domain.Alerts;
using AfterSalesBot.Domain.FollowUps;
using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.Plans;
using AfterSalesBot.Domain.Retention;
using AfterSalesBot.Domain.ServiceEvents;
using AfterSalesBot.Storage.Stores;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>The closed loop: service events in, the invitation job, deliveries (proactive and link), link redemption, follow-ups (call-backs, churn, verification sample).</summary>
public static class ClosedLoopExtensions
{
    public static WebApplicationBuilder AddClosedLoop(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<InvitationOptions>().BindConfiguration(InvitationOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultTimeZone, out _), "Invitations:DefaultTimeZone is not a known time zone (use an IANA name like Asia/Shanghai)")
            .Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "Invitations:PublicBaseUrl must be an absolute URL")
            .Validate(o => o.Delay >= TimeSpan.Zero && o.ReminderDelay > TimeSpan.Zero && o.LinkLifetime > TimeSpan.Zero, "Invitations:Delay must be ≥ 0, ReminderDelay and LinkLifetime > 0")
            .ValidateOnStart();
        builder.Services.AddSingleton<IServiceEventStore, SqlServiceEventStore>();
        builder.Services.AddSingleton<IInvitationStore, SqlInvitationStore>();
        builder.Services.AddSingleton<IChurnFlagStore, SqlChurnFlagStore>();
        builder.Services.AddSingleton<IOutboxStore, SqlOutboxStore>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<InvitationOptions>>().Value.ToPolicy());
        builder.Services.AddSingleton(sp => new ServiceEventParser(TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<InvitationOptions>>().Value.DefaultTimeZone)));
        builder.Services.AddSingleton<InvitationPlanner>();
        builder.Services.AddSingleton<ServiceEventIntake>();
        builder.Services.AddSingleton<IOutboundSender>(sp => sp.GetRequiredService<IOptions<InvitationOptions>>().Value.Sender == "log"
            ? ActivatorUtilities.CreateInstance<LoggingOutboundSender>(sp)
            : ActivatorUtilities.CreateInstance<OutboxOutboundSender>(sp));
        builder.Services.AddSingleton<SurveyLinkSigner>();
        builder.Services.AddSingleton<SurveyLinkDelivery>();
        builder.Services.AddSingleton<ProactiveInvitationDelivery>();
        builder.Services.AddSingleton<IInvitationDelivery, InvitationDelivery>();
        builder.Services.AddSingleton<SurveyLinkRedemption>();
        builder.Services.AddSingleton<InvitationScheduler>();
        builder.Services.AddHostedService<InvitationSchedulerService>();

        builder.Services.AddOptions<FollowUpOptions>().BindConfiguration(FollowUpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IFollowUpStore, SqlFollowUpStore>();
        builder.Services.AddSingleton<FollowUpSweep>();
        builder.Services.AddHostedService<FollowUpService>();

        builder.Services.AddOptions<PlanOptions>().BindConfiguration(PlanOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IImprovementPlanStore, SqlImprovementPlanStore>();
        builder.Services.AddSingleton<PlanService>();

        builder.Services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.WebhookUrl) || Uri.TryCreate(o.WebhookUrl, UriKind.Absolute, out _), "Alerts:WebhookUrl must be an absolute URL")
            .ValidateOnStart();
        builder.Services.AddSingleton<IAlertLog, SqlAlertLog>();
        builder.Services.AddSingleton<LoggingNotifier>();
        builder.Services.AddHttpClient(nameof(WebhookNotifier));
        builder.Services.AddSingleton<WebhookNotifier>();
        builder.Services.AddSingleton<INotifier>(sp => sp.GetRequiredService<WebhookNotifier>());
        builder.Services.AddSingleton<AlertChecker>();
        return builder;
    }

    public static WebApplication MapClosedLoop(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapInvitationEndpoints();
        app.MapPlanEndpoints();
        app.MapRetentionEndpoints();
        return app;
    }
}
