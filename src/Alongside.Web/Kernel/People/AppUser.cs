using Microsoft.AspNetCore.Identity;

namespace Alongside.Web.Kernel.People;

public class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    /// <summary>The name we greet the person by. Never shown to other parents.</summary>
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public List<Membership> Memberships { get; } = [];
}
