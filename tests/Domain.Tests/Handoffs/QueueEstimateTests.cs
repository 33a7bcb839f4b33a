using AfterSalesBot.Domain.Handoffs;

namespace AfterSalesBot.Domain.Tests.Handoffs;

/// <summary>The wait a queued customer is told.</summary>
public sealed class QueueEstimateTests
{
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(1, 1, 2.5)]   // next in line, one agent mid-conversation: about half a conversation
    [InlineData(2, 1, 7.5)]
    [InlineData(3, 2, 7.5)]   // two agents: the third customer waits for the second round
    [InlineData(4, 2, 7.5)]
    [InlineData(5, 2, 12.5)]
    public void The_wait_grows_with_the_place_and_shrinks_with_the_agents_on_duty(int position, int agents, double minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), QueueEstimate.Wait(position, agents, FiveMinutes));
    }

    [Fact]
    public void With_nobody_on_duty_the_estimate_assumes_one_agent_rather_than_infinity()
    {
        Assert.Equal(QueueEstimate.Wait(3, 1, FiveMinutes), QueueEstimate.Wait(3, 0, FiveMinutes));
    }

    [Fact]
    public void A_place_below_one_is_a_caller_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueEstimate.Wait(0, 1, FiveMinutes));
    }
}
