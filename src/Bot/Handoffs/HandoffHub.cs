using System.Security.Claims;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Domain.Handoffs;
using Microsoft.AspNetCore.SignalR;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>
/// The consoles' live connection (SignalR at <c>/api/handoffs/hub</c>, under /api/ so an expired sign-in gets 401, not a redirect). The server sends <c>changed(version)</c> whenever the
/// queue or an open conversation changed on any instance (see <see cref="HandoffChangeBroadcaster"/>); consoles call
/// <c>Heartbeat()</c> every 20 s, which is what puts an agent on duty.
/// </summary>
public sealed class HandoffHub(IHandoffStore store, TimeProvider time) : Hub
{
    public const string Path = "/api/handoffs/hub";

    public override async Task OnConnectedAsync()
    {
        await HeartbeatAsync().ConfigureAwait(false);
        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.User?.Identity?.Name is { } name)
        {
            await store.LeaveAsync(name, CancellationToken.None).ConfigureAwait(false);
        }

        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    [HubMethodName("Heartbeat")]
    public Task HeartbeatAsync()
    {
        var user = Context.User!;
        return store.HeartbeatAsync(user.Actor(), user.FindFirstValue(StaffClaims.DisplayName) ?? user.Actor(), time.GetUtcNow(), Context.ConnectionAborted);
    }
}
