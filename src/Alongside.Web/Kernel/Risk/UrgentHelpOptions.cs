namespace Alongside.Web.Kernel.Risk;

/// <summary>
/// Words that signal risk and the places to turn to, set per deployment (the "UrgentHelp"
/// section of configuration): data, not code.
/// </summary>
public sealed class UrgentHelpOptions
{
    public List<string> RiskPhrases { get; set; } = [];
    public List<UrgentContact> Contacts { get; set; } = [];
}

public sealed class UrgentContact
{
    public string Name { get; set; } = "";
    public string Reach { get; set; } = "";
    public string When { get; set; } = "";

    /// <summary>Digits to dial, so a phone can call with one tap; empty for text-only services.</summary>
    public string? Phone { get; set; }
}
