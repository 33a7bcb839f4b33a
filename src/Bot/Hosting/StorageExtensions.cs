using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Security;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Migrations;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.Bot.Health;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Hosting;

/// <summary>Storage for the host: validated settings, one dialect (one NpgsqlDataSource), the stores, migrations at start.</summary>
public static class StorageExtensions
{
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>();
        builder.Services.AddSingleton(sp => SqlDialectFactory.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        builder.Services.AddSingleton<IMigrationSource>(EmbeddedMigrationSource.Instance);
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddSingleton<IConversationStore, SqlConversationStore>();
        builder.Services.AddSingleton<ITranscriptStore, SqlTranscriptStore>();
        builder.Services.AddSingleton<ITurnStore, SqlTurnStore>();
        builder.Services.AddSingleton<ISurveyResponseStore, SqlSurveyResponseStore>();
        builder.Services.AddSingleton<ICommentStore, SqlCommentStore>();
        builder.Services.AddSingleton<ICallbackTaskStore, SqlCallbackTaskStore>();
        builder.Services.AddSingleton<IStaffUserStore, SqlStaffUserStore>();
        builder.Services.AddHostedService<MigrateOnStartService>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }
}
