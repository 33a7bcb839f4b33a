using AfterSalesBot.Bot.Channels.Proactive;
using AfterSalesBot.Bot.Channels.BotFramework;
using AfterSalesBot.Bot.Channels.DirectLine;
using AfterSalesBot.Bot.Channels.WebChat;
using AfterSalesBot.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels;

/// <summary>Registers and maps the channels: /api/messages, Direct Line under /v3/directline, the web chat page.</summary>
public static partial class ChannelsExtensions
{
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ChannelsOptions>().BindConfiguration(ChannelsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // The standard Bot Framework names live at the top level of the configuration, as in every Bot Framework sample.
        services.AddOptions<MicrosoftAppOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeyCache.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));

        services.AddSingleton<ConversationSignals>();
        services.AddSingleton<KnownConversations>();
        services.AddSingleton<GreetingEchoTurnHandler>();

        // The survey engine registers its own ITurnHandler; until then (and in tests of the plumbing) this one answers.
        services.TryAddScoped<ITurnHandler>(provider => provider.GetRequiredService<GreetingEchoTurnHandler>());
        services.AddScoped<ITurnHandlerSource, TurnHandlerSource>();
        services.AddScoped<ChannelAdapter>();

        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthorization>();
        services.AddSingleton<DirectLineTranscriptReader>();

        services.AddSingleton<SigningKeyCache>();
        services.AddSingleton<ChannelRequestAuthenticator>();
        services.AddSingleton<ServiceUrlAllowList>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<IProactiveMessenger, ProactiveMessenger>();
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseStaticFiles();
        app.MapBotFramework();
        app.MapDirectLine();
        app.MapWebChat();

        // Built now so a missing DirectLine:Secret is reported at start, not at the first chat.
        _ = app.Services.GetRequiredService<DirectLineTokenService>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ChannelsExtensions).FullName!);
        if (app.Services.GetRequiredService<IOptions<MicrosoftAppOptions>>().Value.IsDevelopmentMode)
        {
            LogDevelopmentMode(logger);
        }

        LogAllowList(logger, string.Join(", ", app.Services.GetRequiredService<ServiceUrlAllowList>().Describe()));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppId is empty: /api/messages runs in local development mode and accepts unauthenticated requests. Set MicrosoftAppId and MicrosoftAppPassword before exposing it.")]
    private static partial void LogDevelopmentMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replies may be posted to serviceUrls matching: {Patterns}")]
    private static partial void LogAllowList(ILogger logger, string patterns);
}
