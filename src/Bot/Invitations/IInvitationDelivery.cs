using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>
/// Puts an invitation (or its reminder) in front of the customer. Must be idempotent by invitation id and step:
/// the scheduler repeats a delivery whose outcome it could not record (a crash after sending).
/// </summary>
public interface IInvitationDelivery
{
    /// <summary>Returns how it was delivered (<see cref="InvitationDeliveries"/>), or null when the customer cannot be reached.</summary>
    Task<string?> DeliverAsync(Invitation invitation, bool reminder, DateTimeOffset now, CancellationToken cancellationToken);
}
