namespace AfterSalesBot.Domain.Handoffs;

/// <summary>The wait a queued customer is told: the customers ahead (and this one) shared by the agents on duty.</summary>
public static class QueueEstimate
{
    /// <param name="position">1 = next to be taken.</param>
    /// <param name="agentsOnDuty">Agents with the console open; at least one is assumed, so the estimate stays finite.</param>
    /// <param name="averageHandlingTime">How long an agent spends on one conversation.</param>
    public static TimeSpan Wait(int position, int agentsOnDuty, TimeSpan averageHandlingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        var rounds = (int)Math.Ceiling(position / (double)Math.Max(1, agentsOnDuty));
        // The first round is about half a conversation on average: an agent is somewhere in the middle of one.
        return averageHandlingTime * (rounds - 0.5);
    }
}
