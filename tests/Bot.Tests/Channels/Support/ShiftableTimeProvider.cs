namespace AfterSalesBot.Bot.Tests.Channels.Support;

/// <summary>
/// The system clock plus an offset the test moves forward: token expiry is tested by jumping ahead, while
/// timers (socket polling, client timeouts) keep running on real time so real clients still work.
/// </summary>
public sealed class ShiftableTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
