using AfterSalesBot.Bot.Security;
using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Domain.Tickets.CustomerChecks;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.TextAnalysis.Classification.Taxonomy;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Complaints;

/// <summary>
/// Complaints in chat: the intake's categories (the classifier's taxonomy) and demands, the desk that opens tickets
/// for the survey engine's turns, the job that asks customers to confirm resolutions and follows up, and the agent's
/// ticket pages.
/// </summary>
public static class ComplaintsExtensions
{
    public static WebApplicationBuilder AddComplaints(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ComplaintOptions>().BindConfiguration(ComplaintOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(_ => ComplaintCatalog.FromTaxonomy(CategoryTaxonomy.Load(CategoryTaxonomy.DefaultPath)));
        services.AddSingleton<ComplaintDesk>();
        services.AddSingleton<ICustomerCheckStore, SqlCustomerCheckStore>();
        services.AddSingleton<CustomerCheckSender>();
        services.AddHostedService<CustomerCheckService>();
        return builder;
    }

    /// <summary>
    /// The catalog the survey engine takes complaints with, or null (complaints off, or this area not added): the engine
    /// only files complaints when the <see cref="ComplaintDesk"/> that opens the tickets is there too.
    /// </summary>
    public static ComplaintCatalog? CatalogFor(IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.GetService<ComplaintDesk>() is not null && provider.GetRequiredService<IOptions<ComplaintOptions>>().Value.Enabled
            ? provider.GetRequiredService<ComplaintCatalog>()
            : null;
    }

    public static WebApplication MapComplaints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaffPage("/agent/tickets", "agent/tickets/index.html", Policies.Staff);
        // Constrained to ticket numbers, so the page's own scripts under /agent/tickets/ stay static files.
        app.MapStaffPage("/agent/tickets/{number:regex(^T[0-9]{{8}}-[0-9]{{4,}}$)}", "agent/tickets/ticket.html", Policies.Staff);
        app.MapTicketPageEndpoints();
        return app;
    }
}
