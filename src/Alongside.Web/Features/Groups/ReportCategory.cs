namespace Alongside.Web.Features.Groups;

/// <summary>What a member says is wrong with a post they report.</summary>
public enum ReportCategory
{
    Unkind = 1,
    OffTopic = 2,
    Spam = 3,

    /// <summary>The post makes them worried about someone's safety.</summary>
    Worried = 4,

    /// <summary>Reports made before categories, and anything else (the words say what).</summary>
    Other = 5,
}
