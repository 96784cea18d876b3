using System.ComponentModel.DataAnnotations;

namespace Alongside.Web.Features.About;

/// <summary>
/// Who runs this deployment of Alongside and how to reach them ("Service" in configuration),
/// for the privacy notice, the accessibility statement, the contact page and "who runs this
/// service". Each deployment has its own operator, so none of this is written into the pages.
/// </summary>
public sealed class ServiceOptions
{
    /// <summary>The organisation that runs this deployment and is responsible for the accounts on it (the data controller).</summary>
    [StringLength(200, ErrorMessage = "Service:OperatorName must be 200 characters or fewer")]
    public string? OperatorName { get; set; }

    /// <summary>Postal address, one line per entry.</summary>
    public List<string> OperatorAddress { get; set; } = [];

    /// <summary>A company or charity number, as it should be shown ("Registered charity 1234567").</summary>
    [StringLength(200, ErrorMessage = "Service:OperatorRegistration must be 200 characters or fewer")]
    public string? OperatorRegistration { get; set; }

    [EmailAddress(ErrorMessage = "Service:ContactEmail must be an email address")]
    public string? ContactEmail { get; set; }

    [StringLength(40, ErrorMessage = "Service:ContactPhone must be 40 characters or fewer")]
    public string? ContactPhone { get; set; }

    /// <summary>When someone answers, in plain words ("Monday to Friday, 9am to 5pm").</summary>
    [StringLength(200, ErrorMessage = "Service:ContactHours must be 200 characters or fewer")]
    public string? ContactHours { get; set; }

    /// <summary>How many working days people wait for an answer to a message.</summary>
    [Range(1, 30, ErrorMessage = "Service:ReplyWithinWorkingDays must be between {1} and {2}")]
    public int ReplyWithinWorkingDays { get; set; } = 5;

    [StringLength(200, ErrorMessage = "Service:DataProtectionOfficerName must be 200 characters or fewer")]
    public string? DataProtectionOfficerName { get; set; }

    [EmailAddress(ErrorMessage = "Service:DataProtectionOfficerEmail must be an email address")]
    public string? DataProtectionOfficerEmail { get; set; }

    /// <summary>The operator's entry on the Information Commissioner's register of fee payers.</summary>
    [RegularExpression("^[A-Z]{1,2}[0-9]{6,8}$", ErrorMessage = "Service:IcoRegistrationNumber must look like ZA123456")]
    public string? IcoRegistrationNumber { get; set; }

    /// <summary>When the accessibility statement was last reviewed against WCAG 2.2 AA.</summary>
    public DateOnly? AccessibilityReviewedOn { get; set; }

    /// <summary>A setting's value, or where to set it when a demo deployment has left it empty.</summary>
    public static string Shown(string? value, string setting) =>
        string.IsNullOrWhiteSpace(value) ? $"(not set: {setting})" : value;

    public string Operator => Shown(OperatorName, "Service:OperatorName");

    /// <summary>The settings a real deployment cannot go without: the pages would name nobody.</summary>
    public IReadOnlyList<string> MissingForRealUse()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(OperatorName)) missing.Add("Service:OperatorName");
        if (OperatorAddress.All(string.IsNullOrWhiteSpace)) missing.Add("Service:OperatorAddress");
        if (string.IsNullOrWhiteSpace(ContactEmail)) missing.Add("Service:ContactEmail");
        if (string.IsNullOrWhiteSpace(DataProtectionOfficerEmail)) missing.Add("Service:DataProtectionOfficerEmail");
        if (string.IsNullOrWhiteSpace(IcoRegistrationNumber)) missing.Add("Service:IcoRegistrationNumber");
        if (AccessibilityReviewedOn is null) missing.Add("Service:AccessibilityReviewedOn");
        return missing;
    }
}
