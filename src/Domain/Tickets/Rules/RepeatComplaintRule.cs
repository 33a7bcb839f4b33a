namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>A customer with at least <see cref="AtLeast"/> earlier tickets within <see cref="WithinDays"/> days is complaining again.</summary>
public sealed class RepeatComplaintRule : RaiseRule
{
    public int WithinDays { get; set; }

    public int AtLeast { get; set; }
}
