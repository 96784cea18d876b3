namespace Alongside.Web.Kernel.Forms;

/// <summary>
/// A step between pressing a button and an action that cannot be undone (cancelling for the
/// service, ending a match, accepting or declining a referral). The first button is a GET that shows
/// this; only the POST from here acts, so a mis-tap changes nothing and no JavaScript is needed.
/// </summary>
/// <param name="Heading">The question, such as "Cancel this session for the service?".</param>
/// <param name="WhatHappens">What will happen, one sentence each, in the words of whoever is affected.</param>
/// <param name="Action">Where the confirming form posts.</param>
/// <param name="Fields">Hidden form fields carried to the POST, such as the scope chosen on the first step.</param>
/// <param name="ConfirmLabel">The button that acts, such as "Yes, cancel it".</param>
/// <param name="BackHref">Where "No" goes: the page the person came from, unchanged.</param>
/// <param name="BackLabel">Such as "No, keep the session".</param>
/// <param name="Destructive">Whether the button is the red one of something taken away (cancel, remove, end); accepting is not.</param>
public sealed record ConfirmActionView(
    string Heading,
    IReadOnlyList<string> WhatHappens,
    string Action,
    IReadOnlyDictionary<string, string> Fields,
    string ConfirmLabel,
    string BackHref,
    string BackLabel,
    bool Destructive = true);
