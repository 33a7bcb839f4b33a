using System.Net;
using AfterSalesBot.Domain.Conversations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.Tests.Channels.Support;

/// <summary>
/// The real service (Program) with test settings, a shiftable clock and shared stores. In-process by default;
/// <see cref="StartKestrel"/> puts it on a real socket on 127.0.0.1 for real clients (DirectLineJS, Chromium).
/// </summary>
public sealed class ChannelsHost : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "test-direct-line-secret-0123456789";

    private readonly Dictionary<string, string?> _settings;
    public ChannelsHost(InMemoryConversationStores? stores = null, ShiftableTimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        Time = time ?? new ShiftableTimeProvider();
        Stores = stores ?? new InMemoryConversationStores(Time);
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["DirectLine:Secret"] = DirectLineSecret,
            ["Logging:LogLevel:Default"] = "Warning",

            // The plumbing tests talk to the diagnostic greeting/echo handler, not the survey engine.
            ["Channels:TurnHandler"] = "echo",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public ShiftableTimeProvider Time { get; }

    public InMemoryConversationStores Stores { get; }

    /// <summary>Starts Kestrel on 127.0.0.1 with a free port and returns its base address (no trailing slash).</summary>
    public string StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return addresses.Addresses.First().TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.RemoveAll<ITranscriptStore>();
            services.RemoveAll<IConversationStore>();
            services.AddSingleton<ITranscriptStore>(Stores);
            services.AddSingleton<IConversationStore>(Stores);
        });
    }
}
