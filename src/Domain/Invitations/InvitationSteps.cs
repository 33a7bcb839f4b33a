namespace AfterSalesBot.Domain.Invitations;

/// <summary>The two things an invitation ever does.</summary>
public static class InvitationSteps
{
    public const string Invite = "invite";

    public const string Reminder = "reminder";
}
