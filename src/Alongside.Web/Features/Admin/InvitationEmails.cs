namespace Alongside.Web.Features.Admin;

public static class InvitationEmails
{
    public static void QueueInvitation(Outbox outbox, HttpContext http, StaffInvitation invitation, string organisationName, string token)
    {
        var link = Links.Absolute(http, $"/account/invitation?token={token}");
        outbox.Enqueue(invitation.Email, invitation.DisplayName, $"You are invited to join {organisationName} on Alongside",
            $"""
            Hello {invitation.DisplayName},

            {organisationName} has invited you to join Alongside as {RoleNames.Display(invitation.Role).ToLowerInvariant()}.

            Set your password and finish setting up your account here:

            {link}

            The invitation works until {TimeDisplay.Format(invitation.ExpiresAt)} (UK time). When you sign in you will set up
            two-factor sign-in with an authenticator app, because staff accounts can see family records.

            Alongside
            """);
    }
}
