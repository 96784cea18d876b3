namespace Alongside.Web.Features.PeerSupport.LocalHelp;

[Flags]
public enum HelpCategory
{
    None = 0,
    Food = 1,
    Housing = 2,
    Money = 4,
    SendEducation = 8,
    LegalRights = 16,
    Crisis = 32,
    Wellbeing = 64,
}
