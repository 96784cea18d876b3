namespace Alongside.Web.Kernel.Families;

/// <summary>An organisation that works with a family. Its staff may see the family's record.</summary>
public class FamilyOrganisation
{
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTimeOffset Since { get; set; }
}
