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
/// The real service (Program) on a SQLite file in a temp folder, with test settings and a shiftable clock.
/// In-process by default; <see cref="StartKestrel"/> puts it on a real socket on 127.0.0.1 for real clients
/// (DirectLineJS, Chromium). Pass the same <see cref="TestDatabase"/> to a second host to restart the service.
/// </summary>
public sealed class ChannelsHost : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "test-direct-line-secret-0123456789";

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;
    private readonly InMemoryConversationStores? _failingStores;

    public ChannelsHost(
        TestDatabase? database = null,
        ShiftableTimeProvider? time = null,
        IDictionary<string, string?>? settings = null,
        InMemoryConversationStores? storesInsteadOfDatabase = null)
    {
        Time = time ?? new ShiftableTimeProvider();
        _ownsDatabase = database is null;
        Database = database ?? new TestDatabase();
        _failingStores = storesInsteadOfDatabase;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = Database.ConnectionString,
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

    public TestDatabase Database { get; }

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
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
            if (_failingStores is not null)
            {
                services.Replace(ServiceDescriptor.Singleton<ITranscriptStore>(_failingStores));
                services.Replace(ServiceDescriptor.Singleton<IConversationStore>(_failingStores));
                services.Replace(ServiceDescriptor.Singleton<ITurnStore>(_failingStores));
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
