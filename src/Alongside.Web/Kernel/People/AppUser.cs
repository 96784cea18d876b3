using Microsoft.AspNetCore.Identity;

namespace Alongside.Web.Kernel.People;

public class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    /// <summary>The name we greet the person by. Never shown to other parents.</summary>
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public List<Membership> Memberships { get; } = [];

    /// <summary>
    /// Runs the platform itself: creates organisations of every kind and their first admin, and
    /// keeps the funding figures. Set only from the command line (create-admin --platform).
    /// </summary>
    public bool PlatformAdmin { get; set; }

    /// <summary>
    /// When the person closed their account: from then on the row is a tombstone (no email, no
    /// password, "Former member") kept only while kept records still name it (Kernel/Rights).
    /// </summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the person last downloaded everything Alongside holds about them, shown to them.</summary>
    public DateTimeOffset? DataDownloadedAt { get; set; }
}
