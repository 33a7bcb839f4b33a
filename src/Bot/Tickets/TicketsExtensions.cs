using AfterSalesBot.Bot.Jobs;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Rules;
using AfterSalesBot.Storage.Stores;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Tickets;

/// <summary>The ticket area: rules (validated at start), the service, the SLA clock job, API-key security and the OpenAPI document.</summary>
public static class TicketsExtensions
{
    public static WebApplicationBuilder AddTickets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TicketOptions>().BindConfiguration(TicketOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TicketOptions>, TicketRulesValidation>();
        builder.Services.AddSingleton(sp => TicketRulesLoader.LoadFile(TicketRulesValidation.ResolveRulesFile(
            sp.GetRequiredService<IOptions<TicketOptions>>().Value, sp.GetRequiredService<IHostEnvironment>())));
        builder.Services.AddSingleton(sp => new TicketWorkflow(sp.GetRequiredService<TicketRules>()));
        builder.Services.AddSingleton<ITicketStore, SqlTicketStore>();
        builder.Services.AddSingleton<TicketService>();
        builder.Services.AddSingleton<ITicketNotifier, LoggingTicketNotifier>();
        builder.Services.AddSingleton<SlaClock>();
        builder.Services.AddHostedService<SlaClockService>();
        builder.AddStaffSecurity();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityTransformer>());
        return builder;
    }

    public static WebApplication MapTickets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi();
        app.MapTicketEndpoints();
        return app;
    }
}
