namespace Alongside.Web.Kernel.Rights;

/// <summary>README.txt in the download: what the files are, and what is not there and why.</summary>
public static class PersonalDataReadme
{
    public static string Text(DateTimeOffset at) => $"""
        Your data from Alongside
        Downloaded {TimeDisplay.Format(at)} (UK time)

        This download holds everything Alongside keeps about you and your family that you can
        see in the app, and everything you wrote yourself.

        data.json
          Your account; your family's record (carers, children, your care team, your choices
          about sharing); your requests for help with your answers; your support plans as you see
          them; your sessions with the summaries written for you; the strategies shared with you
          and your home log; the messages in your family's conversations; your requests for a
          peer supporter and the contact log you can see; your groups, your answers about
          meetings and your own posts; your places on courses with the weeks you came; your
          interest in peer support training as you sent it; and every time staff looked at or changed your family's
          record, as shown on "Who has looked at your family's record".
          It is plain text in JSON, which any computer can read. Times are in UTC, written like
          2026-01-31T09:30:00+00:00.

        messages/
          The files sent in your family's messages, one folder per file.

        What is not here, and why
        - Clinicians' private session notes and assessment findings. They are part of the clinical
          record kept by the organisation that supports you (the provider), not by Alongside.
          To see them, ask that organisation for a copy of your records (a subject access request).
        - A peer supporter's own notes about your contacts, and safeguarding records. The peer
          support organisation keeps these; ask them.
        - What staff noted when deciding on a request for help (such as its priority), and
          documents a professional sent with a referral. Ask the organisation that received it.
        - Staff notes on your interest in training. Ask the organisation you sent it to.
        - Anything about another family.
        """;
}
