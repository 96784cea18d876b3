using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Security;

public sealed class SecurityOptions
{
    /// <summary>Staff need two-factor sign-in. Only honoured as false on a Development host.</summary>
    public bool RequireStaffTwoFactor { get; set; } = true;
}
