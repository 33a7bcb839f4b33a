using AfterSalesBot.Bot.Security;
using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Dialogs.Handoffs;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Handoffs;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>
/// Hand-off to agents: settings (<c>Handoff</c>, triggers under <c>Handoff:Triggers</c>), the durable queue, the turn
/// handler that keeps the bot out while a person owns the conversation, the agent console at <c>/agent</c> with its
/// SignalR hub, the API under <c>/api/handoffs</c> and <c>/api/callbacks</c>, and the jobs (change broadcast, wait limit).
/// Register after <c>AddSurveyEngine</c>: it takes over the turn handler.
/// </summary>
public static class HandoffsExtensions
{
    public static WebApplicationBuilder AddHandoffs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.CustomerTimeZone, out _), "Handoff:CustomerTimeZone is not a time zone this machine knows (use an IANA id such as Asia/Shanghai).")
            .ValidateOnStart();
        services.AddOptions<HandoffTriggerOptions>().BindConfiguration(HandoffTriggerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SurveyEngineOptions>().Configure<IOptions<HandoffTriggerOptions>>((engine, triggers) => engine.HandoffTriggers = triggers.Value);

        services.TryAddSingleton<IAuditLog, SqlAuditLog>();
        services.AddSingleton<IHandoffStore, SqlHandoffStore>();
        services.AddSingleton<HandoffInitiateEmitter>();
        services.AddSingleton<HandoffQueue>();
        services.AddSingleton<IHandoffQueue>(provider => provider.GetRequiredService<HandoffQueue>());
        services.AddSingleton<HandoffResumer>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<IHandoffRequests, HandoffRequests>();
        services.AddSingleton(provider => new HandoffTurnHandler(
            provider.GetRequiredService<SurveyEngine>(),
            provider.GetRequiredService<IConversationStore>(),
            provider.GetRequiredService<ITurnStore>(),
            provider.GetRequiredService<IHandoffStore>(),
            provider.GetRequiredService<IHandoffQueue>(),
            TimeZoneInfo.FindSystemTimeZoneById(provider.GetRequiredService<IOptions<HandoffOptions>>().Value.CustomerTimeZone),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ComplaintDesk>()));
        services.Replace(ServiceDescriptor.Scoped<ITurnHandler>(provider => provider.GetRequiredService<HandoffTurnHandler>()));

        services.AddSignalR();
        services.AddHostedService<HandoffChangeBroadcaster>();
        services.AddSingleton<HandoffQueueJob>();
        services.AddHostedService(provider => provider.GetRequiredService<HandoffQueueJob>());
        builder.AddStaffSecurity();
        return builder;
    }

    public static WebApplication MapHandoffs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaffPage("/agent", "agent/index.html", Policies.Staff);
        app.MapHub<HandoffHub>(HandoffHub.Path).RequireAuthorization(Policies.Staff);
        app.MapHandoffEndpoints();
        app.MapCallbackEndpoints();
        return app;
    }
}
